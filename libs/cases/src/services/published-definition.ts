import type { AnyStateNode } from 'xstate';
import type { ProcedureDefinition } from '@hoso/workflows';
import { allNodes, guardNames } from '@hoso/workflows/shared/machine-structure';

/** How an automatic transition is named where a step's name would be. */
export const AUTOMATIC_LABEL = 'Tự động';
/** The condition of the unguarded fallback after guarded automatic transitions. */
export const OTHERWISE = 'Các trường hợp còn lại';

/**
 * An eventless (`always`) transition as published, beside the event transitions in its state's `transitions`: the
 * fields XState gives a transition (`eventType` is XState's own for an eventless one: the empty string), and
 * `automatic`, its Vietnamese `label` and, when it is taken on a condition, the condition in Vietnamese.
 */
export interface AutomaticTransitionJson {
  eventType: '';
  source: string;
  target: string[];
  guard?: unknown;
  actions: unknown[];
  reenter: boolean;
  automatic: true;
  label: string;
  condition?: string;
}

type NodeJson = { id?: string; states?: Record<string, NodeJson>; transitions?: unknown[] };

const published = new WeakMap<ProcedureDefinition, Record<string, unknown>>();

/**
 * The machine as XState serialises it (it loads into Stately), with what XState leaves out added: each state's
 * automatic transitions are listed in its `transitions` after its event transitions, so a reader of the definition
 * sees where a state the machine passes through leads. Built once per definition.
 */
export function publishedDefinition(def: ProcedureDefinition): Record<string, unknown> {
  const known = published.get(def);
  if (known) return known;
  // A plain copy: XState's definition holds live state nodes that serialise themselves.
  const json = JSON.parse(JSON.stringify(def.machine.toJSON())) as NodeJson;
  const byId = new Map<string, NodeJson>();
  const index = (n: NodeJson) => {
    if (n.id) byId.set(n.id, n);
    for (const child of Object.values(n.states ?? {})) index(child);
  };
  index(json);
  for (const node of allNodes(def.machine.root)) {
    const always = node.always ?? [];
    const target = byId.get(node.id);
    if (always.length === 0 || !target) continue;
    target.transitions = [...(target.transitions ?? []), ...always.map((t, i) => automatic(def, node, t, i > 0))];
  }
  published.set(def, json as Record<string, unknown>);
  return json as Record<string, unknown>;
}

function automatic(def: ProcedureDefinition, node: AnyStateNode, t: NonNullable<AnyStateNode['always']>[number], afterOthers: boolean): AutomaticTransitionJson {
  const guards = guardNames(t.guard);
  const meanings = guards.map((g) => def.automaticConditions?.[g]).filter((m): m is string => typeof m === 'string');
  const condition = guards.length > 0 ? (meanings.length === guards.length ? meanings.join('; ') : undefined) : afterOthers ? OTHERWISE : undefined;
  const out: AutomaticTransitionJson = {
    eventType: '',
    source: `#${node.id}`,
    target: (t.target ?? []).map((s) => `#${s.id}`),
    ...(t.guard === undefined ? {} : { guard: plain(t.guard) }),
    actions: t.actions.map(serialisableAction),
    reenter: t.reenter ?? false,
    automatic: true,
    label: AUTOMATIC_LABEL,
    ...(condition ? { condition } : {}),
  };
  return out;
}

/** An action as XState serialises a state's transitions' actions: a name, or its type and plain parameters. */
function serialisableAction(action: unknown): unknown {
  if (typeof action === 'string') return { type: action };
  if (typeof action === 'function') return { type: (action as { type?: string }).type ?? action.name };
  return plain(action);
}

/** What JSON keeps of a value (functions, e.g. computed parameters, are left out as XState's own JSON leaves them). */
function plain(value: unknown): unknown {
  const s = JSON.stringify(value);
  return s === undefined ? undefined : JSON.parse(s);
}
