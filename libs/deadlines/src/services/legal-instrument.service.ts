import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/** An instrument as registered (the register's columns). */
export interface LegalInstrumentInput {
  code: string;
  title: string;
  issuer: string;
  issuedOn: string | null;
  effectiveFrom: string | null;
  replaces: string[];
  confidence: string;
  sourceRef: string;
  notes: string | null;
}

const COLUMNS = `id, code, title, issuer, to_char(issued_on, 'YYYY-MM-DD') AS "issuedOn", to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  replaces, confidence, source_ref AS "sourceRef", notes, created_by AS "createdBy", created_at AS "createdAt"`;

/**
 * The register of legal instruments (changes-2026.md §1): read by anyone signed in; an instrument is added by an
 * administrator of the top unit with a reason, in the audit log. Rows are never edited: a correction is a new
 * instrument, and rules name the one they come from.
 */
@Injectable()
export class LegalInstrumentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  async list(filter: { code?: string; confidence?: string }, page: number, pageSize: number) {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.code) {
      params.push(`%${filter.code.replace(/[\\%_]/g, '\\$&')}%`);
      where.push(`code ILIKE $${params.length}`);
    }
    if (filter.confidence) {
      params.push(filter.confidence);
      where.push(`confidence = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM legal_instrument ${clause}`, params);
    const items = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM legal_instrument ${clause}
        ORDER BY issued_on DESC NULLS LAST, code LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    return { items, page, pageSize, total };
  }

  /** Registers an instrument on the caller's transaction (the API's, or a change set's). */
  async createIn(m: EntityManager, actorId: string | null, input: LegalInstrumentInput, reason: string) {
    const taken = await m.query(`SELECT id FROM legal_instrument WHERE code = $1`, [input.code]);
    if (taken.length) throw new DomainError(ErrorCode.LEGAL_INSTRUMENT_CODE_TAKEN, { code: input.code, id: taken[0].id });
    const id = randomUUID();
    try {
      await m.query(
        `INSERT INTO legal_instrument (id, code, title, issuer, issued_on, effective_from, replaces, confidence, source_ref, notes, created_by)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
        [id, input.code, input.title, input.issuer, input.issuedOn, input.effectiveFrom, input.replaces, input.confidence, input.sourceRef, input.notes, actorId],
      );
    } catch (err) {
      // Registered by someone else between the check and the insert (ux_legal_instrument_code).
      if ((err as { code?: string }).code === '23505') throw new DomainError(ErrorCode.LEGAL_INSTRUMENT_CODE_TAKEN, { code: input.code });
      throw err;
    }
    await this.audit.record(m, actorId, 'LEGAL_INSTRUMENT_CREATE', reason, { instrumentId: id, ...input });
    const [row] = await m.query(`SELECT ${COLUMNS} FROM legal_instrument WHERE id = $1`, [id]);
    return row;
  }

  create(actorId: string, input: LegalInstrumentInput, reason: string) {
    return this.dataSource.transaction((m) => this.createIn(m, actorId, input, reason));
  }

  /** The instrument's id by its code, or LEGAL_INSTRUMENT_NOT_FOUND. */
  async idOf(m: EntityManager, code: string): Promise<string> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM legal_instrument WHERE code = $1`, [code]);
    if (!rows[0]) throw new DomainError(ErrorCode.LEGAL_INSTRUMENT_NOT_FOUND, { code });
    return rows[0].id;
  }
}
