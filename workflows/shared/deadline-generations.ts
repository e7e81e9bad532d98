// How a machine tells its current deadline from a superseded one: it counts how many times it scheduled each key,
// which is the deadline row's generation; a DEADLINE_MISSED event counts only for the current generation.

/** Schedules so far, by deadline key. */
export type DeadlineGenerations = Readonly<Record<string, number>>;

/** The counts after one more schedule of `key` (the new deadline's generation is the new count). */
export function scheduledOnceMore(g: DeadlineGenerations | undefined, key: string): Record<string, number> {
  return { ...g, [key]: (g?.[key] ?? 0) + 1 };
}

/** Is a missed-deadline notice about the generation currently scheduled for its key? */
export function isCurrentGeneration(g: DeadlineGenerations | undefined, missed: { key: string; generation: number }): boolean {
  return g?.[missed.key] === missed.generation;
}
