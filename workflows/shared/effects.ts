// Effects a machine may declare. The engine performs them in the same transaction as the transition and
// refuses (throws) any effect type not listed here, so a machine cannot silently ask for something unbuilt.
export const EFFECT_TYPES = [
  'scheduleDeadline', 'markDeadlineMet', 'cancelDeadline', 'pauseDeadline', 'resumeDeadline', 'extendDeadline', 'notify',
] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];

/** Start a legal deadline: `ruleKey` names a row of the rule tables; `startAt` is the instant the clock starts. */
export interface ScheduleDeadlineParams {
  key: string;
  ruleKey: string;
  startAt: string;
}

/** Close a deadline because its step was done (`markDeadlineMet`) or became moot (`cancelDeadline`). */
export interface CloseDeadlineParams {
  key: string;
  at: string;
}

/** Stop a deadline's clock (keeping the working days left) or restart it from `at`. */
export interface PauseDeadlineParams {
  key: string;
  at: string;
}

/** Extend a deadline by the rule's extension, if the rule allows another one; the reason goes on the record. */
export interface ExtendDeadlineParams {
  key: string;
  reason: string;
}

/** Tell people about the case; delivered by the worker from the outbox. */
export interface NotifyParams {
  template: string;
  audiences: readonly ('REPORTER' | 'UNIT' | 'UPPER_COMMITTEE' | 'TASK_FORCE')[];
  summary?: string;
}

export interface EffectParamsByType {
  scheduleDeadline: ScheduleDeadlineParams;
  markDeadlineMet: CloseDeadlineParams;
  cancelDeadline: CloseDeadlineParams;
  pauseDeadline: PauseDeadlineParams;
  resumeDeadline: PauseDeadlineParams;
  extendDeadline: ExtendDeadlineParams;
  notify: NotifyParams;
}

export type Effect = { [K in EffectType]: { type: K; params: EffectParamsByType[K] } }[EffectType];

export function isEffectType(type: string): type is EffectType {
  return (EFFECT_TYPES as readonly string[]).includes(type);
}
