// The Vietnamese reasons given when guards refuse an event: each guard's message, followed by what it found for this
// very event when the procedure can say (ProcedureDefinition.refusalDetail). Pure, so the service and the machine
// specs give the same text.
import type { PersistedSnapshot } from './engine';
import type { MachineEvent, ProcedureDefinition } from './procedure';

export function refusalReasons(def: ProcedureDefinition, persisted: PersistedSnapshot, event: MachineEvent, guards: readonly string[]): string[] {
  return guards.map((g) => {
    const message = def.guardMessages[g] ?? g;
    const detail = def.refusalDetail?.(g, persisted.context, event);
    return detail ? `${message} ${detail}` : message;
  });
}
