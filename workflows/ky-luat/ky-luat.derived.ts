// Values the discipline machine's guards, actions and refusals derive from the context and the event, pure: the
// counted ballots with the rule facts of their date, the authority's answer, the rules a step lacks.
import { vietnamDate } from '@hoso/kernel/legal-time';
import { LEVELS, type DisciplineForm, type Level } from '../shared/facts';
import { RULE, tableOf, voteRuleFacts } from './ky-luat.facts';
import { authorityFor, ballotListsForms, countUpperVote, countVote, proposingVote, subjectForms, type AuthorityAnswer } from './ky-luat.rules';
import type { Args, Body, ContextKyLuat, EventKyLuat } from './ky-luat.types';

export const sameBody = (a: Body | undefined, b: Body | undefined) => !!a && !!b && a.kind === b.kind && a.level === b.level;
/**
 * Not a legal value: the structural order of the LEVELS enum (centre first … the cell last), used only
 * to tell that an upper decision comes from a level at or above the voting body's. Which level is upper-direct for a
 * unit is the tree's (ORG.LEVEL_LADDER, owned by the complaints procedure); nothing here decides competence.
 */
export const levelRank = (level: Level) => LEVELS.length - LEVELS.indexOf(level);

export const subjectId = (c: ContextKyLuat) => c.input.subject.userId;
export const ruleValues = (e: EventKyLuat) => e.facts?.ruleValues;

export function voteOf({ context, event }: Args) {
  if (event.type !== 'RECORD_VOTE') return undefined;
  return countVote(event.payload, voteRuleFacts(ruleValues(event), 'PROPOSING', subjectId(context)), event.facts);
}
export function upperVoteOf(a: Args) {
  const { context, event } = a;
  if (event.type !== 'UPPER_DECIDE') return undefined;
  const proposing = proposingVote(context.vote, event.facts, subjectId(context));
  return countUpperVote(event.payload, voteRuleFacts(ruleValues(event), 'DECIDING', subjectId(context)), proposing, subjectId(context), event.facts);
}
/** The form a counted ballot decided (null: nothing, or not countable). */
export function decidedOf(a: Args): DisciplineForm | null {
  const r = a.event.type === 'UPPER_DECIDE' ? upperVoteOf(a) : voteOf(a);
  return r?.ok ? r.vote.decided : null;
}
/** The date of the legal fact an event records, as an instant to keep (the payload's date, else the entry). */
export const dated = (date: string | undefined, occurredAt: string) => date ?? occurredAt;
export const limitationOf = (c: ContextKyLuat, form: DisciplineForm | null | undefined) => (form ? c.limitation?.table.find((l) => l.form === form) : undefined);
export const taskByUpper = (c: ContextKyLuat) => c.input.taskAssignedByUpper === true;

/** The form an authority check is about: the vote's for DECIDE/PROPOSE_UP, the upper vote's for UPPER_DECIDE. */
export function authorityAnswer(a: Args): AuthorityAnswer | 'NOT_NEEDED' {
  const { context, event } = a;
  if (event.type === 'UPPER_DECIDE') {
    const r = upperVoteOf(a);
    const form = r?.ok ? r.vote.decided : null;
    if (!form || limitationOf(context, form)?.timeBarred) return 'NOT_NEEDED';
    return authorityFor(event.facts?.disciplineAuthority, form, taskByUpper(context));
  }
  const form = context.vote?.decided;
  if (!form) return 'NOT_CONFIGURED';
  return authorityFor(event.facts?.disciplineAuthority, form, taskByUpper(context));
}

export const ballotFormsMatch = (a: Args, forms: readonly string[] | undefined) => ballotListsForms(subjectForms(a.context, a.event.facts), forms);

/** The rules a ballot needs and has no value for (thresholds, denominator, forms, effect). */
export function voteRulesMissing(a: Args, role: 'PROPOSING' | 'DECIDING'): string[] {
  const rules = ruleValues(a.event);
  const missing = [...voteRuleFacts(rules, role, subjectId(a.context)).missing];
  if (!subjectForms(a.context, a.event.facts)) missing.push(RULE.FORMS);
  if (!tableOf(rules, RULE.EFFECT)) missing.push(RULE.EFFECT);
  return missing;
}

/** A date of the step (meeting, decision) is neither after the day it is entered nor before the conclusion. */
export function dateInRange(c: ContextKyLuat, date: string | undefined, occurredAt: string): boolean {
  if (date === undefined) return true;
  const d = vietnamDate(date);
  const concluded = c.limitation ? vietnamDate(c.limitation.concludedAt) : undefined;
  return d <= vietnamDate(occurredAt) && (concluded === undefined || d >= concluded);
}

