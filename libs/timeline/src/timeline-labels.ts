import type { ProcedureDefinition } from '@hoso/workflows';

/** The actor of events the system sends itself (a missed deadline); shown on the timeline as "Hệ thống". */
export const SYSTEM_ACTOR_ID = '00000000-0000-0000-0000-000000000000';
export const SYSTEM_ACTOR_NAME = 'Hệ thống';

/** How a timeline row is named to people, on screen and in exports. */
export function eventLabel(def: ProcedureDefinition | undefined, type: string): string {
  return type === 'CREATE' ? 'Tiếp nhận, đăng ký vụ việc' : (def?.events[type]?.label ?? type);
}
