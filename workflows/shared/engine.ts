import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { isEffectType, type Effect } from './effects';
import type { MachineEvent, ProcedureDefinition } from './procedure';
import { statePath } from './state-path';

/** What the database keeps of a machine: enough to resume it with the same machine version. */
export interface PersistedSnapshot {
  value: unknown;
  context: unknown;
  status: string;
}

export interface StepResult {
  snapshot: PersistedSnapshot;
  state: string;
  done: boolean;
  effects: Effect[];
}

export type StepOutcome =
  | ({ kind: 'taken' } & StepResult)
  | { kind: 'not-allowed'; allowed: string[] }
  | { kind: 'guard-refused'; allowed: string[]; guards: string[] };

/** Thrown when a machine declares an effect the engine does not know: a programming error, never user input. */
export class UnknownEffectError extends Error {
  constructor(readonly effectType: string) {
    super(`Machine declared unknown effect type "${effectType}"`);
  }
}

function toResult(def: ProcedureDefinition, snap: AnyMachineSnapshot, actions: readonly { type: string; params?: unknown }[]): StepResult {
  const effects = actions.map((a) => {
    if (!isEffectType(a.type)) throw new UnknownEffectError(a.type);
    return { type: a.type, params: a.params } as Effect;
  });
  const persisted = def.machine.getPersistedSnapshot(snap) as unknown as PersistedSnapshot;
  return {
    snapshot: { value: persisted.value, context: persisted.context, status: persisted.status },
    state: statePath(snap.value),
    done: snap.status === 'done',
    effects,
  };
}

export function startCase(def: ProcedureDefinition, input: unknown): StepResult {
  const [snap, actions] = initialTransition(def.machine, input);
  return toResult(def, snap, actions);
}

function resolve(def: ProcedureDefinition, persisted: PersistedSnapshot): AnyMachineSnapshot {
  return def.machine.resolveState({ value: persisted.value as never, context: persisted.context as never });
}

/** Event types the current state has a transition for (guards not evaluated: they may depend on the payload). */
export function availableEvents(def: ProcedureDefinition, persisted: PersistedSnapshot): string[] {
  if (persisted.status === 'done') return [];
  return eventsOf(def, resolve(def, persisted));
}

function eventsOf(def: ProcedureDefinition, snap: AnyMachineSnapshot): string[] {
  const events = new Set<string>();
  for (const node of snap._nodes) {
    for (const type of node.ownEvents) {
      const spec = def.events[type];
      if (spec && (spec.offerWhen?.(snap.context) ?? true)) events.add(type);
    }
  }
  return [...events].sort();
}

type GuardRef = string | { type?: string; params?: unknown } | { guards?: readonly GuardRef[]; check?: unknown; name?: string };

/**
 * The named guard an `and([...])` refused with: its first leaf that is false, in the order written (leaves are named
 * guards of the machine, evaluated purely on the snapshot's context and the event). Other composites name all leaves.
 */
function refusingLeaves(snap: AnyMachineSnapshot, event: MachineEvent, guard: GuardRef): string[] {
  if (typeof guard === 'string') return [guard];
  if ('type' in guard && typeof guard.type === 'string') return [guard.type];
  const leaves = 'guards' in guard && Array.isArray(guard.guards) ? guard.guards : [];
  if ((guard as { name?: string }).name !== 'and') return leaves.flatMap((g) => refusingLeaves(snap, event, g));
  const impls = snap.machine.implementations.guards as Record<string, (args: unknown, params: unknown) => boolean>;
  for (const leaf of leaves) {
    const name = typeof leaf === 'string' ? leaf : 'type' in leaf && typeof leaf.type === 'string' ? leaf.type : undefined;
    const impl = name ? impls[name] : undefined;
    if (!name || !impl) return refusingLeaves(snap, event, leaf);
    const raw = typeof leaf === 'string' ? undefined : (leaf as { params?: unknown }).params;
    const args = { context: snap.context, event };
    const params = typeof raw === 'function' ? (raw as (a: unknown) => unknown)(args) : raw;
    if (!impl(args, params)) return [name];
  }
  return [];
}

function guardsFor(snap: AnyMachineSnapshot, event: MachineEvent): string[] {
  const names = new Set<string>();
  for (const node of snap._nodes) {
    for (const t of node.transitions.get(event.type) ?? []) {
      const guard = t.guard as GuardRef | undefined;
      if (guard) for (const name of refusingLeaves(snap, event, guard)) names.add(name);
    }
  }
  return [...names];
}

export function applyEvent(def: ProcedureDefinition, persisted: PersistedSnapshot, event: MachineEvent): StepOutcome {
  if (persisted.status === 'done') return { kind: 'not-allowed', allowed: [] };
  const snap = resolve(def, persisted);
  const allowed = eventsOf(def, snap);
  if (!allowed.includes(event.type)) return { kind: 'not-allowed', allowed };
  // can() evaluates the guards with this event's payload. (A taken self-transition that changes nothing but
  // declares an effect returns the same snapshot object, so identity cannot tell a refusal apart.)
  if (!snap.can(event)) return { kind: 'guard-refused', allowed, guards: guardsFor(snap, event) };
  const [next, actions] = transition(def.machine, snap, event);
  return { kind: 'taken', ...toResult(def, next, actions) };
}
