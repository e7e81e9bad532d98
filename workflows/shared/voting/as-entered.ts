// Reading a ballot's payload as it is being entered (any shape, any stage of completion) into the shapes the voting
// library takes: what cannot be a count stays as entered, so the library names it as a problem; only junk is dropped.
import type { DisciplineForm } from '../facts';
import type { DisciplineTally } from './discipline-ballot';
import { ballotRoster, type BallotRoster, type BodyMember } from './roster';
import type { YesNoTally } from './yes-no';

/** The value as an object of fields, or an empty one. */
export function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A usable count (a non-negative safe integer), or null. */
export function countOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

export function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Roster entries as entered: those with an id (the payload's validation refuses the others). */
export function membersOf(value: unknown): BodyMember[] {
  return Array.isArray(value) ? (value.filter((m) => typeof fieldsOf(m).id === 'string') as BodyMember[]) : [];
}

export function disciplineTallyOf(value: unknown): DisciplineTally {
  const t = fieldsOf(value);
  return {
    forms: Array.isArray(t.forms) ? (t.forms as DisciplineForm[]) : [],
    votes: fieldsOf(t.votes) as DisciplineTally['votes'],
    noDiscipline: t.noDiscipline as number,
    invalid: t.invalid as number,
    cast: t.cast as number,
  };
}

export function yesNoTallyOf(value: unknown): YesNoTally {
  const t = fieldsOf(value);
  return { approve: t.approve as number, reject: t.reject as number, invalid: t.invalid as number, cast: t.cast as number };
}

/** The roster of a payload as entered (members with an id; conflicted ids), through the library's ballotRoster. */
export function rosterAsEntered(members: unknown, conflicted: unknown, alsoExcluded: readonly string[] = []): BallotRoster {
  return ballotRoster(membersOf(members), new Set([...stringsOf(conflicted), ...alsoExcluded]));
}
