// What a case offers whatever its caller, stored with its snapshot in `"case".offered_events` (CaseOfferedEvents
// migration) so that GET /inbox/awaiting-me can select in SQL the cases whose steps depend on their context.
//
// The events listed are exactly the state's conditional ones (awaiting-steps.ts `unconditional` false: an offerWhen,
// or every transition for it on the active nodes guarded) that availableEvents() lists and offerOf() does not close.
// Unconditional events are left out: the queue matches them from the state alone. caller-events.ts adds to this only
// what depends on the caller (roles on the acting unit, separation of duties) and the guards' answers, which this
// assumes to depend on the context alone — unless a guard leaf that ignores the payload reads the event's `actorId`
// or `occurredAt`: then the event is stored as `?TYPE` (undecided), and the queue checks the case one by one.
import { availableEvents, statePath, type PersistedSnapshot, type ProcedureDefinition } from '@hoso/workflows';
import type { StateValue } from 'xstate';
import { stepsByState, UNDECIDED } from './awaiting-steps';
import { offerOn, resolvedState } from './event-offer';

// Any caller and instant: a guard that reads them makes the event undecided, so their values never matter.
const NOBODY = '00000000-0000-0000-0000-000000000000';
const SOME_INSTANT = '2000-01-01T00:00:00.000Z';

/** The context-dependent event types the snapshot offers, `?TYPE` for those that depend on the caller or instant. */
export function offeredEvents(def: ProcedureDefinition, persisted: PersistedSnapshot): string[] {
  if (persisted.status === 'done') return [];
  const steps = stepsByState(def).get(statePath(persisted.value as StateValue)) ?? [];
  // An event no role may send (a system event) is never any caller's step.
  const conditional = new Set(steps.filter((s) => !s.unconditional && s.spec.roles.length > 0).map((s) => s.type));
  if (conditional.size === 0) return [];
  const snap = resolvedState(def, persisted);
  const offered: string[] = [];
  for (const type of availableEvents(def, persisted)) {
    if (!conditional.has(type)) continue;
    const caller = { read: false };
    const offer = offerOn(snap, { type, actorId: NOBODY, occurredAt: SOME_INSTANT }, caller);
    if (caller.read) offered.push(UNDECIDED + type);
    else if (offer.kind !== 'closed') offered.push(type);
  }
  // The marker alone says "some step here is undecided": the queue finds such rows through a partial index whose
  // predicate (`@> '{?}'`) cannot look inside the elements' text (CaseOfferedEvents migration).
  if (offered.some((t) => t.startsWith(UNDECIDED))) offered.unshift(UNDECIDED);
  return offered;
}
