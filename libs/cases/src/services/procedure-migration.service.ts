import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { migrateSnapshot, Role, type ProcedureDefinition } from '@hoso/workflows';
import { holdsTopLevelRole, type AuthUser } from '@hoso/access/auth-user';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { WriteStatement } from '@hoso/core/database/write-statement';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { TimelineWriter } from '@hoso/timeline/repositories/timeline-writer.repository';
import { VERSION_MIGRATED } from '@hoso/timeline/timeline-labels';
import { CaseStoreRepository, type CaseRow } from '../repositories/case-store.repository';
import { toWrite } from './case-write';
import { ProcedureRegistryService } from './procedure-registry.service';

interface Item {
  caseId: string;
  title: string;
  fromState: string;
  toState: string | null;
  reason: string | null;
}

/**
 * Moves the open cases of an earlier procedure version to a newer one by the map the newer version declares
 * (ProcedureDefinition.migratesFrom), when an instrument changes the procedure's shape. A dry run reports which cases
 * move and which stay and why; the real run moves each case in its own transaction as a timeline event under the hash
 * chain (same optimistic lock as any step), so a case written meanwhile is counted as a conflict and left for later.
 * Only an administrator of the top unit may run it: it changes every committee's cases.
 */
@Injectable()
export class ProcedureMigrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ProcedureRegistryService,
    private readonly store: CaseStoreRepository,
    private readonly timeline: TimelineWriter,
    private readonly audit: AuditLogService,
  ) {}

  async migrate(user: AuthUser, procedureId: string, toVersion: number, opts: { fromVersion: number; reason: string; dryRun: boolean }) {
    if (!holdsTopLevelRole(user, Role.ADMIN)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
    const to = this.registry.find(procedureId, toVersion);
    if (!to || !this.registry.find(procedureId, opts.fromVersion)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId, toVersion, fromVersion: opts.fromVersion });
    const migration = to.migratesFrom?.find((m) => m.fromVersion === opts.fromVersion);
    if (!migration) throw new DomainError(ErrorCode.MIGRATION_NOT_DECLARED, { procedureId, fromVersion: opts.fromVersion, toVersion });

    const ids: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM "case" WHERE procedure_id = $1 AND machine_version = $2 AND status = 'OPEN' ORDER BY created_at, id`,
      [procedureId, opts.fromVersion],
    );
    const items: Item[] = [];
    let conflicts = 0;
    for (const { id } of ids) {
      const item = await this.dataSource.transaction(async (m) => {
        const row = await this.store.findById(m, id);
        if (!row || row.machine_version !== opts.fromVersion || row.status !== 'OPEN') return null;
        const move = migrateSnapshot(to, migration, row.state, row.snapshot);
        const base = { caseId: row.id, title: row.title, fromState: row.state };
        if (move.kind === 'refused') return { ...base, toState: null, reason: move.reason };
        if (!opts.dryRun && !(await this.write(m, user, row, to, move, migration.basis, opts.reason))) return 'conflict' as const;
        return { ...base, toState: move.state, reason: null };
      });
      if (item === 'conflict') conflicts += 1;
      else if (item) items.push(item);
    }
    const movable = items.filter((i) => i.toState !== null).length;
    if (!opts.dryRun) {
      await this.audit.record(this.dataSource.manager, user.id, 'PROCEDURE_VERSION_MIGRATED', opts.reason, {
        procedureId, fromVersion: opts.fromVersion, toVersion, moved: movable, staying: items.length - movable, conflicts,
      });
    }
    return {
      procedureId, fromVersion: opts.fromVersion, toVersion, basis: migration.basis, dryRun: opts.dryRun,
      movable, staying: items.length - movable, conflicts, items,
    };
  }

  private async write(
    m: EntityManager, user: AuthUser, row: CaseRow, to: ProcedureDefinition,
    move: { state: string; snapshot: CaseRow['snapshot'] }, basis: string, reason: string,
  ): Promise<boolean> {
    const now = new Date();
    const seq = row.version + 1;
    const event = {
      caseId: row.id, seq, type: VERSION_MIGRATED,
      payload: { fromVersion: row.machine_version, toVersion: to.version, basis, reason },
      actorId: user.id, fromState: row.state, toState: move.state, machineVersion: to.version, occurredAt: now, recordedAt: now,
    };
    const write = toWrite(to, { snapshot: move.snapshot, state: move.state, done: false, effects: [] });
    const w = new WriteStatement();
    const head = this.timeline.hashOf(row.chain_head, event);
    this.store.moveToVersionIfVersion(w, row.id, row.version, to.version, { ...write, chainHead: head, now });
    this.timeline.append(w, row.chain_head, event);
    return (await this.store.execute(m, w)) === 1;
  }
}
