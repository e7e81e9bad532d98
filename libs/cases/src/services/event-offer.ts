// Whether a step may be offered to its caller now, decided purely from the machine (no payload at hand yet).
//
// The rule. A guard that reads only the case's context (and the instant) gives the same answer for any payload: if
// it refuses, the step is not offered. A guard that reads the event's data (the payload, or the facts the service
// computes from it and from the records at sending time) cannot be decided before the step is filled in: the step is
// offered with that guard's message as what may refuse it. Each guard leaf is evaluated alone with a probe event
// whose `payload` and `facts` record any read, and combined in three values (true / false / depends) through the
// machine's and() / or() / not(): an and() with one context leaf false is false whatever the payload, so its
// payload leaves are not named. Across the event's transitions one true makes the step open (it is always taken,
// whatever branch), else one "depends" makes it may-refuse, else it is closed.
// Why not run transition() with an empty payload: a guard refusing an empty payload says nothing of a filled one,
// and one accepting it may refuse a filled one, so the probe must tell which guards looked at the payload at all.
import type { PersistedSnapshot, ProcedureDefinition } from '@hoso/workflows';

export type Offer = { kind: 'open' } | { kind: 'closed' } | { kind: 'may-refuse'; guards: string[] };

type Truth = { value: true } | { value: false } | { value: 'depends'; guards: string[] };

interface Probe {
  type: string;
  actorId: string;
  occurredAt: string;
}

type GuardFn = ((args: unknown, params: unknown) => boolean) & {
  check?: (snapshot: unknown, args: unknown, self: unknown) => boolean;
  guards?: readonly unknown[];
};

/** An object that answers `undefined` to every field and remembers that it was asked. */
function recording(seen: { read: boolean }): Record<string, unknown> {
  return new Proxy({}, {
    get(_t, key) {
      if (typeof key === 'string') seen.read = true;
      return undefined;
    },
    has() {
      seen.read = true;
      return false;
    },
    ownKeys() {
      seen.read = true;
      return [];
    },
  });
}

/** The probe event, its `actorId` and `occurredAt` noting that they were read (in `asked`). */
function callerWatched(probe: Probe, asked: { read: boolean }, seen: { read: boolean }): Record<string, unknown> {
  return {
    type: probe.type,
    payload: recording(seen),
    facts: recording(seen),
    get actorId() {
      asked.read = true;
      return probe.actorId;
    },
    get occurredAt() {
      asked.read = true;
      return probe.occurredAt;
    },
  };
}

const TRUE: Truth = { value: true };
const FALSE: Truth = { value: false };

function combine(kind: 'and' | 'or', parts: Truth[]): Truth {
  const decisive = kind === 'and' ? FALSE : TRUE;
  if (parts.some((p) => p.value === decisive.value)) return decisive;
  const open = parts.flatMap((p) => (p.value === 'depends' ? p.guards : []));
  return open.length > 0 ? { value: 'depends', guards: open } : kind === 'and' ? TRUE : FALSE;
}

export function offerOf(def: ProcedureDefinition, persisted: PersistedSnapshot, probe: Probe): Offer {
  if (persisted.status === 'done') return { kind: 'closed' };
  return offerOn(resolvedState(def, persisted), probe);
}

/** The machine's snapshot resumed from what the database keeps (to evaluate several events on one). */
export function resolvedState(def: ProcedureDefinition, persisted: PersistedSnapshot): ResolvedState {
  return def.machine.resolveState({ value: persisted.value as never, context: persisted.context as never });
}

export type ResolvedState = ReturnType<ProcedureDefinition['machine']['resolveState']>;

/**
 * offerOf on a resumed (not done) snapshot. With `caller`, the probe also notes whether a guard leaf that ignores the
 * payload read `actorId` or `occurredAt`: its answer may then differ for another caller or instant.
 */
export function offerOn(snap: ResolvedState, probe: Probe, caller?: { read: boolean }): Offer {
  const impls = snap.machine.implementations.guards as Record<string, GuardFn | undefined>;

  // One guard leaf alone, with a probe that notices whether it looked at the event's data.
  const leaf = (name: string, fn: GuardFn, rawParams: unknown): Truth => {
    const seen = { read: false };
    const asked = { read: false };
    const event = caller ? callerWatched(probe, asked, seen) : { ...probe, payload: recording(seen), facts: recording(seen) };
    const args = { context: snap.context, event };
    let result = false;
    try {
      const params = typeof rawParams === 'function' ? (rawParams as (a: unknown) => unknown)(args) : rawParams;
      result = fn.check ? fn.check(snap, args, fn) : fn(args, params);
    } catch {
      // A guard that fails on an empty payload needs a real one; one that fails without it refuses any.
      result = false;
    }
    if (seen.read) return { value: 'depends', guards: [name] };
    if (asked.read && caller) caller.read = true;
    return result ? TRUE : FALSE;
  };

  const evaluate = (guard: unknown): Truth => {
    if (guard === undefined) return TRUE;
    if (typeof guard === 'function') {
      const fn = guard as GuardFn;
      if (fn.check && fn.guards && (fn.name === 'and' || fn.name === 'or')) return combine(fn.name, fn.guards.map(evaluate));
      if (fn.check && fn.guards && fn.name === 'not') {
        const inner = evaluate(fn.guards[0]);
        return inner.value === 'depends' ? inner : inner.value ? FALSE : TRUE;
      }
      return leaf(fn.name || 'guard', fn, undefined);
    }
    const ref = guard as string | { type: string; params?: unknown };
    const name = typeof ref === 'string' ? ref : ref.type;
    const impl = impls[name];
    // Unknown to the machine: xstate would throw when the step is sent; offer nothing that cannot be taken.
    if (!impl) return FALSE;
    if (impl.check && impl.guards) return evaluate(impl);
    return leaf(name, impl, typeof ref === 'string' ? undefined : ref.params);
  };

  const outcomes: Truth[] = [];
  for (const node of snap._nodes) {
    for (const t of node.transitions.get(probe.type) ?? []) outcomes.push(evaluate(t.guard));
  }
  const overall = combine('or', outcomes);
  if (overall.value === true) return { kind: 'open' };
  if (overall.value === false) return { kind: 'closed' };
  return { kind: 'may-refuse', guards: [...new Set(overall.guards)] };
}
