// Which open cases may hold a step for the caller, decided from the machines' structure and the caller's roles, as a
// SQL predicate (GET /inbox/awaiting-me). It mirrors caller-events.ts, which GET /cases/:id uses, part by part:
//
// - availableEvents(): the events with a transition on the active state nodes (the atomic state and its ancestors),
//   known to the procedure. Static per (procedure, machine version, state) — computed once per definition below.
// - maySend(): one of the event's roles on the acting unit's path or above it — `path LIKE ANY(prefixes)` over the
//   caller's assignments holding one of those roles.
// - separation of duties: refused when the caller sent one of `preparedBy` on the case and holds none of the bypass
//   roles on the acting unit — a NOT EXISTS over case_event, or the bypass prefixes.
// - offerWhen() and the guards that ignore the payload (event-offer.ts) read the case's context. An event with neither
//   (no offerWhen, and a transition without a guard) is offered whenever the three parts above hold: it makes the row
//   CERTAIN. An event with either is CONDITIONAL: the row stores the conditional events its snapshot offers
//   (`offered_events`, offered-events.ts), so a row is as certain when `offered_events` holds one of them. Conditional
//   groups are per definition, so that an event type names one spec (roles, acting unit, separation) in a group. A row
//   whose `offered_events` is not computed yet (NULL), or holds one of them as undecided (`?TYPE`: a guard reading the
//   caller or the instant), stays a CANDIDATE, which the service checks exactly (callerEvents) before counting it.
import type { AnyStateNode } from 'xstate';
import type { EventSpec, ProcedureDefinition, Role } from '@hoso/workflows';
import { allNodes } from '@hoso/workflows/shared/machine-structure';
import type { AuthUser } from '@hoso/access/auth-user';

/** An event the machine takes in a state, and whether it is offered there whatever the case's context. */
export interface StateStep {
  type: string;
  spec: EventSpec;
  /** No offerWhen and a transition without a guard: offerOf() answers 'open' for any context. */
  unconditional: boolean;
}

const byDefinition = new WeakMap<ProcedureDefinition, ReadonlyMap<string, readonly StateStep[]>>();

/** State path → the events availableEvents() lists in that state (for any context), built once per definition. */
export function stepsByState(def: ProcedureDefinition): ReadonlyMap<string, readonly StateStep[]> {
  let steps = byDefinition.get(def);
  if (!steps) byDefinition.set(def, (steps = buildStepsByState(def)));
  return steps;
}

function buildStepsByState(def: ProcedureDefinition): Map<string, StateStep[]> {
  const root = def.machine.root as AnyStateNode;
  const byState = new Map<string, StateStep[]>();
  for (const node of allNodes(root)) {
    // A case's state is always an atomic (or final) node's path; a top-level final state ends the machine ('done'),
    // where availableEvents() lists nothing.
    if (node === root || (node.type !== 'atomic' && node.type !== 'final')) continue;
    if (node.type === 'final' && node.parent === root) continue;
    const active: AnyStateNode[] = [];
    for (let n: AnyStateNode | undefined = node; n; n = n.parent) active.push(n);
    const types = new Set<string>();
    for (const n of active) for (const type of n.ownEvents) if (def.events[type]) types.add(type);
    byState.set(
      node.path.join('.'),
      [...types].sort().map((type) => {
        const spec = def.events[type];
        const unguarded = active.some((n) => (n.transitions.get(type) ?? []).some((t) => t.guard === undefined));
        return { type, spec, unconditional: unguarded && !spec.offerWhen };
      }),
    );
  }
  return byState;
}

/** LIKE patterns matching the paths of the units where the caller holds one of `roles`, and every unit below. */
function rolePrefixes(user: AuthUser, roles: readonly Role[]): string[] {
  const paths = user.assignments.filter((a) => roles.includes(a.role)).map((a) => a.unitPath.replace(/[\\%_]/g, '\\$&') + '%');
  return [...new Set(paths)].sort();
}

/** Rows on which events of the same kind (acting unit, roles, separation, certainty) may be sent, by state. */
export interface AwaitingGroup {
  acting: 'ou.path' | 'au.path';
  roles: string[];
  separation?: { preparedBy: string[]; bypass: string[] };
  certain: boolean;
  triples: Map<string, [string, number, string]>;
  /** A conditional group (one definition's): its event types, one of which `offered_events` must hold. */
  types: Set<string>;
}

/** Prefix, in `offered_events`, of an event type whose offer may differ by caller or instant (offered-events.ts). */
export const UNDECIDED = '?';

/** Which rows of the groups a fragment selects (see groupsSql). */
export type GroupPart = 'offered' | 'unknown';

/**
 * The caller's groups over the given definitions: CERTAIN ones (the caller has a step on any row they match) and
 * CONDITIONAL ones (a step that depends on the case's context), one definition's each. A (procedure, version, state)
 * no event of which the caller's roles may send is in none.
 */
export function awaitingGroups(user: AuthUser, defs: readonly ProcedureDefinition[]): { certain: AwaitingGroup[]; candidate: AwaitingGroup[] } {
  const groups = new Map<string, AwaitingGroup>();
  for (const def of defs) {
    for (const [state, steps] of stepsByState(def)) {
      for (const { type, spec, unconditional } of steps) {
        const roles = rolePrefixes(user, spec.roles);
        if (roles.length === 0) continue;
        const acting = spec.actingUnit === 'ASSIGNED_UNIT' ? 'au.path' : 'ou.path';
        const separation = spec.separateFrom
          ? { preparedBy: [...spec.separateFrom.preparedBy].sort(), bypass: rolePrefixes(user, spec.separateFrom.bypassRoles) }
          : undefined;
        const key = JSON.stringify([acting, roles, separation, unconditional || [def.id, def.version]]);
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { acting, roles, separation, certain: unconditional, triples: new Map(), types: new Set() }));
        group.triples.set(`${def.id}@${def.version}@${state}`, [def.id, def.version, state]);
        if (!unconditional) group.types.add(type);
      }
    }
  }
  const all = [...groups.values()];
  return { certain: all.filter((g) => g.certain), candidate: all.filter((g) => !g.certain) };
}

/**
 * A WHERE fragment over `"case" c`, `org_unit ou` (its unit) and `org_unit au` (its assigned unit, left join): the
 * rows some group matches; `false` for no group. Never NULL, so it may be negated. Its parameters are appended to
 * `params`, whose `userParam` (e.g. `$2`) is the caller's id. Of a conditional group, `part` selects the rows whose
 * `offered_events` holds one of its types ('offered': the caller has a step there) or is unknown for them ('unknown':
 * NULL, or one of them undecided); a certain group ignores it.
 */
export function groupsSql(groups: readonly AwaitingGroup[], params: unknown[], userParam: string, part: GroupPart = 'offered'): string {
  if (groups.length === 0) return 'false';
  const p = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const fragment = (g: AwaitingGroup) => {
    const triples = [...g.triples.values()];
    const parts = [
      `(c.procedure_id, c.machine_version, c.state) IN (SELECT * FROM unnest(${p(triples.map((t) => t[0]))}::text[], ${p(triples.map((t) => t[1]))}::int[], ${p(triples.map((t) => t[2]))}::text[]))`,
      `${g.acting} LIKE ANY(${p(g.roles)}::text[])`,
    ];
    if (!g.certain && part === 'offered') parts.push(`c.offered_events && ${p([...g.types].sort())}::text[]`);
    if (!g.certain && part === 'unknown') {
      parts.push(`(c.offered_events IS NULL OR c.offered_events && ${p([...g.types].sort().map((t) => UNDECIDED + t))}::text[])`);
    }
    if (g.separation) {
      const prepared = `EXISTS (SELECT 1 FROM case_event se WHERE se.case_id = c.id AND se.actor_id = ${userParam}::uuid AND se.type = ANY(${p(g.separation.preparedBy)}::text[]))`;
      parts.push(g.separation.bypass.length > 0 ? `(NOT ${prepared} OR ${g.acting} LIKE ANY(${p(g.separation.bypass)}::text[]))` : `NOT ${prepared}`);
    }
    // COALESCE: a case without an assigned unit has a NULL acting path.
    return `COALESCE((${parts.join(' AND ')}), false)`;
  };
  return `(${groups.map(fragment).join(' OR ')})`;
}
