import type { AnyStateMachine, AnyStateNode } from 'xstate';

// A machine's structure, read from its definition: used by the specs that check every guard has its message and
// every state its label.

/** The node and every node below it. */
export function allNodes(node: AnyStateNode): AnyStateNode[] {
  return [node, ...Object.values(node.states).flatMap(allNodes)];
}

/** The named guards in a guard reference: a name, `{ type }`, or the leaves of a composite (and/or/not). */
export function guardNames(guard: unknown): string[] {
  if (!guard) return [];
  if (typeof guard === 'string') return [guard];
  if (typeof (guard as { type?: unknown }).type === 'string') return [(guard as { type: string }).type];
  return ((guard as { guards?: unknown[] }).guards ?? []).flatMap(guardNames);
}

/** Every guard name the machine's transitions use, on events and eventless ("always") alike. */
export function guardsUsed(machine: AnyStateMachine): Set<string> {
  const used = new Set<string>();
  for (const node of allNodes(machine.root)) {
    for (const t of [...[...node.transitions.values()].flat(), ...(node.always ?? [])]) for (const n of guardNames(t.guard)) used.add(n);
  }
  return used;
}
