import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A template version as read (without its bytes unless asked for). */
export interface TemplateRow {
  id: string;
  key: string;
  version: number;
  title: string;
  procedureId: string;
  formCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  unitId: string | null;
  unitName: string | null;
  unitPath: string | null;
  reason: string | null;
  sha256: string;
  sizeBytes: number;
  basis: string;
  createdBy: string | null;
  createdAt: Date;
}

export interface NewTemplateVersion {
  key: string;
  title: string;
  procedureId: string;
  formCode: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  unitId: string | null;
  reason: string | null;
  content: Buffer;
  sha256: string;
  basis: string;
  createdBy: string | null;
}

const COLUMNS = `t.id, t.key, t.version, t.title, t.procedure_id AS "procedureId", t.form_code AS "formCode",
  to_char(t.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(t.effective_to, 'YYYY-MM-DD') AS "effectiveTo",
  t.org_unit_id AS "unitId", ou.name AS "unitName", ou.path AS "unitPath", t.reason, t.sha256, t.size_bytes AS "sizeBytes", t.basis,
  t.created_by AS "createdBy", t.created_at AS "createdAt"`;

/** A version applies on a date when it started on or before it and, if it was made for a period, has not ended. */
const IN_FORCE = `t.key = $1 AND t.effective_from <= $2::date AND (t.effective_to IS NULL OR t.effective_to > $2::date)`;

/** SQL of `document_template`: rows are only ever added (a trigger refuses UPDATE and DELETE). */
@Injectable()
export class DocumentTemplateRepository {
  /** The general version in force on `onDate` (newest start, then newest version). */
  async generalInForce(m: EntityManager, key: string, onDate: string): Promise<TemplateRow | undefined> {
    const rows: TemplateRow[] = await m.query(
      `SELECT ${COLUMNS} FROM document_template t LEFT JOIN org_unit ou ON ou.id = t.org_unit_id
        WHERE ${IN_FORCE} AND t.org_unit_id IS NULL ORDER BY t.effective_from DESC, t.version DESC LIMIT 1`,
      [key, onDate],
    );
    return rows[0];
  }

  /** The overrides in force on `onDate` for the unit at `unitPath` or above it: nearest unit first, then newest. */
  async overridesInForce(m: EntityManager, key: string, onDate: string, unitPath: string): Promise<TemplateRow[]> {
    return m.query(
      `SELECT ${COLUMNS} FROM document_template t JOIN org_unit ou ON ou.id = t.org_unit_id
        WHERE ${IN_FORCE} AND left($3, length(ou.path)) = ou.path
        ORDER BY length(ou.path) DESC, t.effective_from DESC, t.version DESC`,
      [key, onDate, unitPath],
    );
  }

  /** Every version of a key, newest first. */
  versions(m: EntityManager, key: string): Promise<TemplateRow[]> {
    return m.query(
      `SELECT ${COLUMNS} FROM document_template t LEFT JOIN org_unit ou ON ou.id = t.org_unit_id WHERE t.key = $1 ORDER BY t.version DESC`,
      [key],
    );
  }

  async content(m: EntityManager, key: string, version: number): Promise<(TemplateRow & { content: Buffer }) | undefined> {
    const rows: (TemplateRow & { content: Buffer })[] = await m.query(
      `SELECT ${COLUMNS}, t.content FROM document_template t LEFT JOIN org_unit ou ON ou.id = t.org_unit_id WHERE t.key = $1 AND t.version = $2`,
      [key, version],
    );
    return rows[0];
  }

  /** The keys that have at least one version. */
  async keys(m: EntityManager): Promise<Set<string>> {
    const rows: { key: string }[] = await m.query(`SELECT DISTINCT key FROM document_template`);
    return new Set(rows.map((r) => r.key));
  }

  /**
   * Adds a version numbered after the key's last; the key's rows are locked for the count so that two editors get
   * two numbers. Returns the version number.
   */
  async insertNext(m: EntityManager, v: NewTemplateVersion): Promise<number> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('document_template:' || $1))`, [v.key]);
    const [{ next }]: { next: number }[] = await m.query(`SELECT COALESCE(max(version), 0) + 1 AS next FROM document_template WHERE key = $1`, [v.key]);
    await this.insert(m, v, next);
    return next;
  }

  /** Adds version 1 of a key unless the key has versions already (defaults loaded at start-up, idempotently). */
  async insertFirst(m: EntityManager, v: NewTemplateVersion): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO document_template (id, key, version, title, procedure_id, form_code, effective_from, effective_to, org_unit_id, reason, content,
                                      size_bytes, sha256, basis, created_by)
       SELECT $1::uuid, $2::varchar, 1, $3::varchar, $4::varchar, $5::varchar, $6::date, $7::date, $8::uuid, $9::text, $10::bytea, $11::int,
              $12::char(64), $13::text, $14::uuid
        WHERE NOT EXISTS (SELECT 1 FROM document_template WHERE key = $2::varchar)
       ON CONFLICT (key, version) DO NOTHING RETURNING id`,
      [randomUUID(), v.key, v.title, v.procedureId, v.formCode, v.effectiveFrom, v.effectiveTo, v.unitId, v.reason, v.content, v.content.length,
        v.sha256, v.basis, v.createdBy],
    );
    return rows.length > 0;
  }

  private async insert(m: EntityManager, v: NewTemplateVersion, version: number): Promise<void> {
    await m.query(
      `INSERT INTO document_template (id, key, version, title, procedure_id, form_code, effective_from, effective_to, org_unit_id, reason, content,
                                      size_bytes, sha256, basis, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [randomUUID(), v.key, version, v.title, v.procedureId, v.formCode, v.effectiveFrom, v.effectiveTo, v.unitId, v.reason, v.content, v.content.length,
        v.sha256, v.basis, v.createdBy],
    );
  }
}
