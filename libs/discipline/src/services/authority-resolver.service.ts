import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DISCIPLINE_FORMS, type BodyKind, type DisciplineAuthorityFact, type DisciplineForm, type DisciplineSubject, type Level,
} from '@hoso/workflows';

interface Row {
  form: DisciplineForm;
  allowed: boolean;
  not_for_upper_assigned_task: boolean;
  legal_basis: string;
  confidence: string;
}

/**
 * The authority in force for a deciding body on a date, for one subject kind, form by form: the override of the
 * nearest unit above (or at) the case's unit wins over a farther one and over the general row; a row for the body's
 * own level wins over an any-level row; then the latest effective date. A form with no row is NOT_CONFIGURED.
 */
@Injectable()
export class AuthorityResolverService {
  /**
   * The authority overrides set for the units themselves (rows with their `org_unit_id`): an organisation change lists
   * those of the units that end for a committee to confirm (never copied to a successor).
   */
  async overridesOf(m: EntityManager, unitIds: readonly string[]): Promise<{ id: string; unitId: string; key: string; label: string }[]> {
    if (unitIds.length === 0) return [];
    return m.query(
      `SELECT id, org_unit_id AS "unitId", concat_ws('/', body_kind, coalesce(body_level, '*'), subject_kind, form) AS key,
              coalesce(reason, legal_basis) AS label
         FROM discipline_authority WHERE org_unit_id = ANY($1::uuid[]) ORDER BY key, effective_from`,
      [unitIds],
    );
  }

  async resolve(
    m: EntityManager, body: { kind: BodyKind; level: Level }, subject: DisciplineSubject, unitPath: string, onDate: string,
  ): Promise<DisciplineAuthorityFact> {
    const rows: Row[] = await m.query(
      `SELECT DISTINCT ON (a.form) a.form, a.allowed, a.not_for_upper_assigned_task, a.legal_basis, a.confidence
         FROM discipline_authority a LEFT JOIN org_unit ou ON ou.id = a.org_unit_id
        WHERE a.body_kind = $1 AND (a.body_level IS NULL OR a.body_level = $2) AND a.subject_kind = $3
          AND a.effective_from <= $5::date AND (a.org_unit_id IS NULL OR left($4, length(ou.path)) = ou.path)
        ORDER BY a.form, length(coalesce(ou.path, '')) DESC, (a.body_level IS NOT NULL) DESC, a.effective_from DESC, a.created_at DESC`,
      [body.kind, body.level, subject, unitPath, onDate],
    );
    const byForm = new Map(rows.map((r) => [r.form, r]));
    const forms: DisciplineAuthorityFact['forms'] = {};
    for (const form of DISCIPLINE_FORMS) {
      const r = byForm.get(form);
      forms[form] = r
        ? { decision: r.allowed ? 'ALLOWED' : 'NOT_ALLOWED', notForUpperAssignedTask: r.not_for_upper_assigned_task, legalBasis: r.legal_basis, confidence: r.confidence }
        : { decision: 'NOT_CONFIGURED', notForUpperAssignedTask: false, legalBasis: null, confidence: null };
    }
    return { body, subject, forms };
  }
}
