import type { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { SYSTEM_ACTOR_ID } from '@hoso/timeline/timeline-labels';

/**
 * Names the participants of a restricted case when it is created (ProcedureDefinition.restricted): its creator and the
 * users its input names, as PARTICIPANT rows of `case_participant` — the only people who see the case. A named user
 * who does not exist refuses the case (404 USER_NOT_FOUND), rolling it back.
 */
export async function nameRestrictedParticipants(m: EntityManager, caseId: string, creatorId: string, named: readonly string[]): Promise<{ userId: string; reason: string }[]> {
  const users = [...new Set([...(creatorId === SYSTEM_ACTOR_ID ? [] : [creatorId]), ...named])];
  const found: { id: string }[] = users.length ? await m.query(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [users]) : [];
  const missing = users.filter((u) => !found.some((f) => f.id === u));
  if (missing.length) throw new DomainError(ErrorCode.USER_NOT_FOUND, { userIds: missing });
  return m.query(
    `INSERT INTO case_participant (id, case_id, relation, user_id, unit_id, reason, added_by)
     SELECT gen_random_uuid(), $1, 'PARTICIPANT', u, NULL, CASE WHEN u = $3 THEN $4 ELSE $5 END, $3
       FROM unnest($2::uuid[]) AS u
     ON CONFLICT DO NOTHING
     RETURNING user_id AS "userId", reason`,
    [caseId, users, creatorId, 'Người lập hồ sơ mật', 'Được chỉ định khi lập hồ sơ mật'],
  );
}
