// A procedure's XState definition (as the API publishes it: `machine.toJSON()`) turned into what a diagram draws:
// leaf states as boxes, compound states as labelled groups around their leaves, and one edge per pair of states
// with the Vietnamese labels of the steps that lead from one to the other. Nothing here knows any procedure.

/** The parts of XState's JSON state node this reads. */
export interface StateNodeJson {
  id?: string;
  key?: string;
  type?: string;
  initial?: { target?: unknown[] } | null;
  states?: Record<string, StateNodeJson>;
  transitions?: TransitionJson[];
  on?: Record<string, TransitionJson[]>;
}
interface TransitionJson {
  eventType?: string | null;
  target?: unknown[] | null;
  /** An automatic (eventless) transition, as the API publishes it: eventType '', its label and condition. */
  automatic?: boolean;
  label?: string;
  condition?: string;
}

export interface DiagramNode {
  /** The state's path, as cases and timelines name it ('screening.classified'). */
  id: string;
  label: string;
  /** The enclosing group's path, when the state is nested. */
  parent?: string;
  final: boolean;
  /**
   * A state the API gives no name: one the machine passes through without stopping (it decides at once where the
   * case goes; XState's published definition leaves out such eventless transitions).
   */
  transient: boolean;
}
export interface DiagramGroup {
  id: string;
  label: string;
  parent?: string;
}
export interface DiagramEdge {
  from: string;
  to: string;
  /** Step types (e.g. 'CLASSIFY') leading from `from` to `to`. */
  events: string[];
  /** Their Vietnamese labels, in the same order. */
  labels: string[];
}
/** A step the procedure accepts in every state (a transition of the machine's root). */
export interface AnyStateTransition {
  event: string;
  label: string;
  to: string;
}
export interface MachineGraph {
  nodes: DiagramNode[];
  groups: DiagramGroup[];
  edges: DiagramEdge[];
  fromAnyState: AnyStateTransition[];
  /** The state a new case starts in. */
  initial?: string;
}

const GROUP_SEPARATOR = ' – ';

/**
 * Flattens the definition. `stateLabels` are the API's Vietnamese state names by path (leaves), `eventLabels` the
 * steps' Vietnamese names by type. A group without a label of its own is named by what its leaves' labels share
 * before ' – ' ('Sàng lọc – chưa phân loại', 'Sàng lọc – đã phân loại' → 'Sàng lọc'), otherwise left unnamed.
 */
export function machineGraph(
  definition: StateNodeJson,
  stateLabels: Record<string, string>,
  eventLabels: Record<string, string>,
): MachineGraph {
  const byId = new Map<string, { node: StateNodeJson; path: string; parentId?: string; children: string[] }>();
  const rootId = definition.id ?? definition.key ?? '';
  const index = (node: StateNodeJson, path: string, fallbackId: string, parentId?: string): string => {
    const id = node.id ?? fallbackId;
    const entry = { node, path, parentId, children: [] as string[] };
    byId.set(id, entry);
    for (const [key, child] of Object.entries(node.states ?? {})) {
      entry.children.push(index(child, path ? `${path}.${key}` : key, `${id}.${key}`, id));
    }
    return id;
  };
  index(definition, '', rootId);

  const isLeaf = (n: StateNodeJson) => Object.keys(n.states ?? {}).length === 0;
  const leavesOf = (id: string): string[] => {
    const entry = byId.get(id);
    if (!entry) return [];
    if (isLeaf(entry.node)) return [id];
    return entry.children.flatMap(leavesOf);
  };
  /** A target as the leaf the machine settles in: a compound state enters its initial child. */
  const settle = (id: string, seen = new Set<string>()): string | undefined => {
    const entry = byId.get(id);
    if (!entry || seen.has(id)) return undefined;
    seen.add(id);
    if (isLeaf(entry.node)) return id;
    const initial = entry.node.initial?.target?.[0];
    const next = typeof initial === 'string' ? resolveRef(initial, id) : undefined;
    const target = next && byId.has(next) ? next : entry.children[0];
    return target ? settle(target, seen) : undefined;
  };
  const resolveRef = (ref: string, sourceId: string): string | undefined => {
    if (ref.startsWith('#')) return ref.slice(1);
    if (ref.startsWith('.')) return `${sourceId}${ref}`;
    const parentId = byId.get(sourceId)?.parentId;
    return parentId ? `${parentId}.${ref}` : ref;
  };

  const nodes: DiagramNode[] = [];
  const groups: DiagramGroup[] = [];
  const groupPathOf = (parentId?: string) => (parentId && parentId !== rootId ? byId.get(parentId)?.path : undefined);
  for (const [id, { node, path, parentId }] of byId) {
    if (id === rootId) continue;
    if (isLeaf(node)) {
      const label = stateLabels[path];
      nodes.push({ id: path, label: label ?? '', parent: groupPathOf(parentId), final: node.type === 'final', transient: label === undefined });
    } else {
      const leafLabels = leavesOf(id).map((leaf) => stateLabels[byId.get(leaf)!.path] ?? '');
      groups.push({ id: path, label: stateLabels[path] ?? sharedPrefix(leafLabels), parent: groupPathOf(parentId) });
    }
  }

  const edgeMap = new Map<string, DiagramEdge>();
  const fromAnyState: AnyStateTransition[] = [];
  const addEdge = (from: string, to: string, event: string, label: string) => {
    const key = `${from}\u0000${to}`;
    const edge = edgeMap.get(key) ?? { from, to, events: [], labels: [] };
    if (!edge.events.includes(event)) {
      edge.events.push(event);
      edge.labels.push(label);
    }
    edgeMap.set(key, edge);
  };
  for (const [id, { node }] of byId) {
    for (const t of transitionsOf(node)) {
      const ref = t.target?.[0];
      if (typeof ref !== 'string') continue; // no target: the step stays in its state
      const resolved = resolveRef(ref, id);
      const target = resolved ? settle(resolved) : undefined;
      if (!target) continue;
      const event = t.eventType ?? '';
      const to = byId.get(target)!.path;
      const label = event === '' ? automaticLabel(t) : eventLabel(event, eventLabels);
      if (id === rootId) {
        if (!fromAnyState.some((a) => a.event === event && a.to === to)) fromAnyState.push({ event, label, to });
        continue;
      }
      for (const leaf of leavesOf(id)) addEdge(byId.get(leaf)!.path, to, event, label);
    }
  }
  const initialLeaf = settle(rootId);
  return { nodes, groups, edges: [...edgeMap.values()], fromAnyState, initial: initialLeaf ? byId.get(initialLeaf)!.path : undefined };
}

function transitionsOf(node: StateNodeJson): TransitionJson[] {
  if (node.transitions) return node.transitions;
  return Object.entries(node.on ?? {}).flatMap(([eventType, list]) => list.map((t) => ({ ...t, eventType: t.eventType ?? eventType })));
}

/** An automatic transition: its published label ("Tự động") and the condition under which it is taken. */
function automaticLabel(t: TransitionJson): string {
  const label = t.label ?? 'Tự động';
  return t.condition ? `${label}: ${t.condition}` : label;
}

function eventLabel(event: string, labels: Record<string, string>): string {
  return labels[event] ?? event;
}

function sharedPrefix(labels: string[]): string {
  const heads = labels.map((l) => (l.includes(GROUP_SEPARATOR) ? l.slice(0, l.indexOf(GROUP_SEPARATOR)) : undefined));
  const first = heads[0];
  return first && heads.every((h) => h === first) ? first : '';
}

/** One step of the case's history as the timeline records it. */
export interface PathStep {
  fromState: string | null;
  toState: string;
}

/** The states a case went through, in order, and the pairs of states it moved between. */
export function pathTaken(steps: PathStep[]): { states: string[]; moves: { from: string; to: string }[] } {
  const states: string[] = [];
  const moves: { from: string; to: string }[] = [];
  for (const s of steps) {
    if (s.fromState && s.fromState !== s.toState) moves.push({ from: s.fromState, to: s.toState });
    if (states[states.length - 1] !== s.toState) states.push(s.toState);
  }
  return { states, moves };
}
