// The rule rows an item of an inspection and supervision plan schedules its deadlines on
// (migrations/1795303300000-InspectionPlanRules.ts; docs/domain/ke-hoach-kiem-tra-giam-sat.md). Two dues are fixed by
// acts, the rows naming their basis: the notice at the preceding monthly meeting (the plan counts its last day from
// KTGS.ITEM_NOTICE) and the item's period (the plan sets it); the correction's day, by the conclusion. The other steps
// have no legal time: settings (rows without a value) a committee fills in, or a due a secretary sets by hand. Pure.
import { endOfVietnamDay } from '@hoso/kernel/legal-time';

export const ITEM_RULE = {
  NOTICE: 'KTGS.ITEM_NOTICE',
  PERIOD: 'KTGS.ITEM_PERIOD',
  SELF_REPORT: 'KTGS.SELF_REPORT',
  CONCLUSION: 'KTGS.CONCLUSION',
  CONCLUSION_NOTICE: 'KTGS.CONCLUSION_NOTICE',
  CORRECTION: 'KTGS.CORRECTION_REPORT',
} as const;

/** The instant a day fixed by an act ends (the act is on time all that day, in Vietnam). */
export const dueAtEndOf = (date: string): string => endOfVietnamDay(date).toISOString();
