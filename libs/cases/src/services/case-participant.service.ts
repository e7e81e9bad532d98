import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import type { AddParticipantDto } from '../dtos/participant.dto';
import type { ParticipantRelation } from '../entities/case-participant.entity';
import { CaseQueryService } from './case-query.service';

const { TASK_FORCE_OFFICER, COMMITTEE_OFFICE, STANDING_COMMITTEE_MEMBER, SECRETARY, INSPECTION_COMMISSION_MEMBER } = Role;

// Who may record each relation on a case (roles on the case's unit or above). Declaring one's own conflict needs
// only to see the case.
const RECORDED_BY: Record<ParticipantRelation, readonly Role[]> = {
  SUBJECT: [TASK_FORCE_OFFICER, COMMITTEE_OFFICE, STANDING_COMMITTEE_MEMBER, SECRETARY, INSPECTION_COMMISSION_MEMBER],
  SUBJECT_ORGANISATION: [TASK_FORCE_OFFICER, COMMITTEE_OFFICE, STANDING_COMMITTEE_MEMBER, SECRETARY, INSPECTION_COMMISSION_MEMBER],
  CONFLICT: [STANDING_COMMITTEE_MEMBER, SECRETARY],
  PARTICIPANT: [STANDING_COMMITTEE_MEMBER, SECRETARY],
};

export const RELATION_LABELS: Record<ParticipantRelation, string> = {
  SUBJECT: 'Người bị phản ánh, tố cáo',
  SUBJECT_ORGANISATION: 'Tổ chức bị phản ánh, tố cáo',
  CONFLICT: 'Có xung đột lợi ích',
  PARTICIPANT: 'Người tham gia được chỉ định',
};

/**
 * Subjects, conflicts and named participants of a case. Recording a subject or a conflict takes the case away from
 * that person at once (lists, counts, events, notifications); each record goes to the audit log and is never removed.
 */
@Injectable()
export class CaseParticipantService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditLogService,
  ) {}

  async list(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const items: { relation: ParticipantRelation }[] = await this.dataSource.query(
      `SELECT p.id, p.relation, p.user_id AS "userId", u.display_name AS "userName", p.unit_id AS "unitId", ou.name AS "unitName",
              p.reason, p.added_by AS "addedBy", p.added_at AS "addedAt"
         FROM case_participant p LEFT JOIN app_user u ON u.id = p.user_id LEFT JOIN org_unit ou ON ou.id = p.unit_id
        WHERE p.case_id = $1 ORDER BY p.added_at, p.id`,
      [row.id],
    );
    return { caseId: row.id, items: items.map((i) => ({ ...i, relationLabel: RELATION_LABELS[i.relation] })) };
  }

  async add(user: AuthUser, caseId: string, dto: AddParticipantDto) {
    return this.dataSource.transaction(async (m) => {
      const row = await this.cases.getVisible(user, caseId, m);
      const self = dto.relation === 'CONFLICT' && (dto.userId === undefined || dto.userId === user.id);
      if (!self && !holdsRole(user, row.unit_path, RECORDED_BY[dto.relation])) {
        throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: RECORDED_BY[dto.relation] });
      }
      const userId = dto.relation === 'SUBJECT_ORGANISATION' ? null : (dto.userId ?? user.id);
      const unitId = dto.relation === 'SUBJECT_ORGANISATION' ? dto.unitId! : null;
      await this.assertExists(m, userId, unitId);
      const id = randomUUID();
      const inserted: unknown[] = await m.query(
        `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [id, row.id, dto.relation, userId, unitId, dto.reason, user.id],
      );
      if (inserted.length === 0) throw new DomainError(ErrorCode.PARTICIPANT_EXISTS, { relation: dto.relation });
      await this.audit.record(m, user.id, `CASE_${dto.relation}_ADDED`, dto.reason, { caseId: row.id, userId, unitId });
      return { id, caseId: row.id, relation: dto.relation, relationLabel: RELATION_LABELS[dto.relation], userId, unitId };
    });
  }

  private async assertExists(m: EntityManager, userId: string | null, unitId: string | null) {
    if (userId) {
      const found: unknown[] = await m.query(`SELECT 1 FROM app_user WHERE id = $1`, [userId]);
      if (found.length === 0) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userId });
    }
    if (unitId) {
      const found: unknown[] = await m.query(`SELECT 1 FROM org_unit WHERE id = $1`, [unitId]);
      if (found.length === 0) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId });
    }
  }
}
