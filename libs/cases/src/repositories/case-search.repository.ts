import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseSummaryFields } from '../services/case-summary';
import { visibleCasesSql } from '../services/case-access.service';

export interface CaseListCriteria {
  /** The caller's units and id: only cases they may see are listed or counted. */
  visibleUnitIds: string[];
  userId: string;
  procedureId?: string;
  state?: string;
  status?: 'OPEN' | 'CLOSED';
  unitId?: string;
  /** Free text, searched in `case.search_text` (see the CaseSearch migration). */
  q?: string;
  limit: number;
  offset: number;
}

// A normalised query of letters only (accents are gone by then), which may also match by similarity.
const WORDS = /^[a-z]+( [a-z]+)*$/;

/**
 * The case listing and its search. The text is normalised by the same SQL function as the stored `search_text`
 * (case, accents, đ → d), then matched as a substring or, for a query of words only (digits and symbols are meant
 * literally), by trigram word similarity (pg_trgm's `%>`, threshold `pg_trgm.word_similarity_threshold`, 0.6 by
 * default); both are served by the trigram GIN index. Results rank the whole query found as written first, then by
 * similarity to all the text and to the title; without a query, newest first.
 */
@Injectable()
export class CaseSearchRepository {
  /** The query as it is compared: '' when nothing searchable is left (only spaces). */
  async normalize(m: EntityManager, q: string): Promise<string> {
    const [{ t }]: { t: string }[] = await m.query(`SELECT case_search_normalize($1) AS t`, [q]);
    return t;
  }

  async list(m: EntityManager, f: CaseListCriteria): Promise<{ total: number; rows: CaseSummaryFields[] }> {
    const where: string[] = [visibleCasesSql('c', '$1', '$2')];
    const params: unknown[] = [f.visibleUnitIds, f.userId];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (f.procedureId) where.push(`c.procedure_id = ${add(f.procedureId)}`);
    if (f.state) where.push(`c.state = ${add(f.state)}`);
    if (f.status) where.push(`c.status = ${add(f.status)}`);
    if (f.unitId) {
      const unit = add(f.unitId);
      where.push(`(c.org_unit_id = ${unit}::uuid OR c.assigned_unit_id = ${unit}::uuid)`);
    }
    const text = f.q ? await this.normalize(m, f.q) : '';
    let found: string | undefined;
    let similar: string | undefined;
    if (text) {
      found = `c.search_text LIKE ${add(`%${text.replace(/[\\%_]/g, '\\$&')}%`)} ESCAPE '\\'`;
      // Near spellings only for words: trigrams skip symbols and match part of a number, so "100%" would find "1000".
      similar = WORDS.test(text) ? add(text) : undefined;
      where.push(similar ? `(${found} OR c.search_text %> ${similar})` : found);
    }
    const clause = where.join(' AND ');
    const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total FROM "case" c WHERE ${clause}`, [...params]);
    let order = 'c.created_at DESC, c.id DESC';
    if (found) {
      const t = similar ?? add(text);
      order = `(${found}) DESC, word_similarity(${t}, c.search_text) DESC,
               word_similarity(${t}, case_search_normalize(c.title)) DESC, ${order}`;
    }
    const rows: CaseSummaryFields[] = await m.query(
      `SELECT c.id, c.procedure_id, c.machine_version, c.title, c.state, c.status, c.report_category, c.tags, c.version,
              c.org_unit_id, c.assigned_unit_id, c.received_at, c.created_at, c.updated_at
         FROM "case" c
        WHERE ${clause}
        ORDER BY ${order}
        LIMIT ${add(f.limit)} OFFSET ${add(f.offset)}`,
      params,
    );
    return { total, rows };
  }
}
