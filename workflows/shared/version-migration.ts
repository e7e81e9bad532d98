import type { PersistedSnapshot } from './engine';
import type { ProcedureDefinition, VersionMigration } from './procedure';
import { statePath } from './state-path';

export type SnapshotMove =
  | { kind: 'moved'; state: string; snapshot: PersistedSnapshot }
  | { kind: 'refused'; reason: string };

/** `a.b.c` → `{ a: { b: 'c' } }`, the state value XState resolves. */
function stateValue(path: string): unknown {
  const parts = path.split('.');
  return parts.reduceRight<unknown>((inner, part) => (inner === undefined ? part : { [part]: inner }), undefined);
}

/**
 * Moves one case's persisted snapshot from its version to `to` by the declared map (pure). Refused — the case stays —
 * when the case is closed, its state is not in the map or is mapped to a refusal, or the new machine has no such state.
 */
export function migrateSnapshot(to: ProcedureDefinition, migration: VersionMigration, state: string, persisted: PersistedSnapshot): SnapshotMove {
  if (persisted.status !== 'active') return { kind: 'refused', reason: 'Vụ việc đã kết thúc: giữ nguyên phiên bản.' };
  const target = migration.states[state];
  if (target === undefined) return { kind: 'refused', reason: `Trạng thái "${state}" không có trong bảng chuyển đổi đã công bố.` };
  if (typeof target !== 'string') return { kind: 'refused', reason: target.refuse };
  try {
    const context = migration.context ? migration.context(persisted.context) : persisted.context;
    const snap = to.machine.resolveState({ value: stateValue(target) as never, context: context as never });
    if (statePath(snap.value) !== target) return { kind: 'refused', reason: `Phiên bản ${to.version} không có trạng thái "${target}".` };
    const next = to.machine.getPersistedSnapshot(snap) as unknown as PersistedSnapshot;
    return { kind: 'moved', state: target, snapshot: { value: next.value, context: next.context, status: next.status } };
  } catch {
    return { kind: 'refused', reason: `Phiên bản ${to.version} không có trạng thái "${target}".` };
  }
}
