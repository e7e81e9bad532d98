// Which rule rows a denunciation reads, pure — docs/domain/procedures.md §5.1–5.2; ../shared/domain/changes-2026.md §3.6,
// K23–K24: every level its own deadline row, central-managed cadres keyed on the cadre, the clock's start and the
// not-handled grounds as data.
import type { EventFacts, Level } from '../shared/facts';
import type { RegisterToCaoInput } from './to-cao.events';

export const CENTRAL_MANAGED_RULE = 'B1.TOCAO_CENTRAL_MANAGED';
export const GROUNDS_RULE = 'B1.NOT_HANDLED_GROUNDS';

/** The rule row of the competent body's level (§5.2), every level named (changes-2026.md §3.6). */
export function levelRuleKey(level: Level): string {
  switch (level) {
    case 'CENTRAL':
      return 'B1.TOCAO_CENTRAL';
    case 'PROVINCIAL':
      return 'B1.TOCAO_PROVINCIAL';
    case 'UPPER_GRASSROOTS':
      return 'B1.TOCAO_UPPER_GRASSROOTS';
    case 'GRASSROOTS':
      return 'B1.TOCAO_GRASSROOTS';
    case 'SECTION':
      return 'B1.TOCAO_SECTION';
    case 'CELL':
      return 'B1.TOCAO_CELL';
  }
}

/**
 * The handling deadline's rule: for a cadre managed by the Politburo or the Secretariat, Quyết định 164-QĐ/TW's
 * (whatever body handles it); otherwise the handling body's level.
 */
export const handlingRuleKey = (r: RegisterToCaoInput): string => (r.subject.centralManaged === true ? CENTRAL_MANAGED_RULE : levelRuleKey(r.handlingBody.level));

/**
 * A central-managed cadre's clock starts where B1.TOCAO_CENTRAL_MANAGED says (`data.startOn`: the team decision, or
 * the receipt), read at acceptance; every other level counts from the competent body's receipt (§5.1 [S21]), from
 * registration.
 */
export const clockStartsAtAcceptance = (r: RegisterToCaoInput): boolean => r.subject.centralManaged === true;
export const CLOCK_STARTS = ['TEAM_DECISION', 'RECEIPT'] as const;
export function centralClockStart(facts: EventFacts | undefined): (typeof CLOCK_STARTS)[number] | undefined {
  const startOn = (facts?.ruleValues?.[CENTRAL_MANAGED_RULE]?.data as { startOn?: unknown } | null | undefined)?.startOn;
  return (CLOCK_STARTS as readonly unknown[]).includes(startOn) ? (startOn as (typeof CLOCK_STARTS)[number]) : undefined;
}

/** The congress window's rule of the handling body's level: grassroots and below, or above (XIII-cycle guidance [S21]). */
export const congressWindowKey = (level: Level): 'congressGrassroots' | 'congressAbove' =>
  level === 'GRASSROOTS' || level === 'SECTION' || level === 'CELL' ? 'congressGrassroots' : 'congressAbove';

/** B1.NOT_HANDLED_GROUNDS in force: the grounds a denunciation is not handled on (null without a row). */
export function handlingGrounds(facts: EventFacts | undefined): readonly string[] | null {
  const items = (facts?.ruleValues?.[GROUNDS_RULE]?.data as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) && items.every((i) => typeof i === 'string') ? (items as string[]) : null;
}
