import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CaseSummaryFields } from '../services/case-summary';
import { visibleCasesSql } from '../services/case-access.service';
import type { CaseListCursor } from '../services/case-list-cursor';

/** Counted exactly up to here; above it a list answers "more than" this many (`totalExact: false`). */
export const CASE_COUNT_BOUND = 10_000;

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
  /** Rows skipped (page × pageSize): the search's ranking, and old clients' page numbers. */
  offset: number;
  /** The last row of the previous page: the default order continues after it (no OFFSET). Not with `q`. */
  after?: CaseListCursor;
  /** Overrides CASE_COUNT_BOUND (tests). */
  countBound?: number;
}

export interface CaseListPage {
  /** Exact when `totalExact`; otherwise the bound, and there are more. */
  total: number;
  totalExact: boolean;
  rows: CaseSummaryFields[];
  /** Where the next page of the default order starts; undefined on the last page and for a search. */
  next?: CaseListCursor;
}

// A normalised query of letters only (accents are gone by then), which may also match by similarity.
const WORDS = /^[a-z]+( [a-z]+)*$/;

/**
 * The case listing and its search. The text is normalised by the same SQL function as the stored `search_text`
 * (case, accents, đ → d), then matched as a substring or, for a query of words only (digits and symbols are meant
 * literally), by trigram word similarity (pg_trgm's `%>`, threshold `pg_trgm.word_similarity_threshold`, 0.6 by
 * default); both are served by the trigram GIN index. Results rank the whole query found as written first, then by
 * similarity to all the text and to the title; without a query, newest first: (created_at, id) descending, served by
 * ix_case_created_id, and a page can continue after the previous one's last row (keyset) instead of skipping rows.
 * Totals are counted up to a bound, so a count never walks the whole scope.
 */
@Injectable()
export class CaseSearchRepository {
  /** The query as it is compared: '' when nothing searchable is left (only spaces). */
  async normalize(m: EntityManager, q: string): Promise<string> {
    const [{ t }]: { t: string }[] = await m.query(`SELECT case_search_normalize($1) AS t`, [q]);
    return t;
  }

  async list(m: EntityManager, f: CaseListCriteria): Promise<CaseListPage> {
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
    const bound = f.countBound ?? CASE_COUNT_BOUND;
    // Stops at bound + 1 rows: enough to tell "exactly n" from "more than the bound".
    const [{ n }]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "case" c WHERE ${clause} LIMIT $${params.length + 1}) x`,
      [...params, bound + 1],
    );
    let order = 'c.created_at DESC, c.id DESC';
    let page = clause;
    let skip = '';
    if (found) {
      // Relevance has no stable keyset: a search pages by OFFSET, bounded by how few cases match.
      const t = similar ?? add(text);
      order = `(${found}) DESC, word_similarity(${t}, c.search_text) DESC,
               word_similarity(${t}, case_search_normalize(c.title)) DESC, ${order}`;
      skip = ` OFFSET ${add(f.offset)}`;
    } else if (f.after) {
      page = `${clause} AND (c.created_at, c.id) < (${add(f.after.createdAt)}::timestamptz, ${add(f.after.id)}::uuid)`;
    } else if (f.offset) {
      skip = ` OFFSET ${add(f.offset)}`;
    }
    // One row more than the page tells whether another page follows.
    const rows: (CaseSummaryFields & { cursor_at: string })[] = await m.query(
      `SELECT c.id, c.procedure_id, c.machine_version, c.title, c.state, c.status, c.report_category, c.tags, c.version,
              c.org_unit_id, c.assigned_unit_id, c.received_at, c.created_at, c.updated_at,
              to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at
         FROM "case" c
        WHERE ${page}
        ORDER BY ${order}
        LIMIT ${add(f.limit + 1)}${skip}`,
      params,
    );
    const more = rows.length > f.limit;
    if (more) rows.length = f.limit;
    const last = rows[rows.length - 1];
    return {
      total: Math.min(n, bound),
      totalExact: n <= bound,
      rows: rows.map(({ cursor_at: _, ...row }) => row),
      next: more && !found ? { createdAt: last.cursor_at, id: last.id } : undefined,
    };
  }
}
