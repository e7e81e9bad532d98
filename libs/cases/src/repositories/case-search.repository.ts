import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { countUpToSql } from './bounded-query.sql';
import type { CaseSummaryFields } from '../services/case-summary';
import { notExcludedInOrderSql, visibleCasesSql, visibleCaseWaysSql } from '../services/case-access.service';
import type { CaseListCursor } from '../services/case-list-cursor';

/** Counted exactly up to here; above it a list answers "more than" this many (`totalExact: false`). */
export const CASE_COUNT_BOUND = 10_000;

/**
 * A search with more matches in scope than this first looks for its page in the top tier, along the list's order
 * (see `searchPage`); up to here, ranking every match is the cheaper plan (tens of µs a match).
 */
export const SEARCH_RANK_ALL_UP_TO = 1_000;

/**
 * How many of the newest cases that look may cover: it covers as many as the page needs if the matches counted were
 * spread evenly over all cases, twice over, and at most this many (about 125 ms of walking). When it fails (a name
 * written in most cases but in none of their titles), every match is ranked after it.
 */
export const SEARCH_TOP_TIER_WALK = 50_000;

/** work_mem for the statements of a search (see `list`). */
const SEARCH_WORK_MEM = '32MB';

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
  /** Rows before the page ((page − 1) × pageSize): the search's ranking, and page numbers. */
  offset: number;
  /** The last row of the previous page: the default order continues after it (no OFFSET). Not with `q`. */
  after?: CaseListCursor;
  /** Overrides CASE_COUNT_BOUND (tests). */
  countBound?: number;
  /** Override SEARCH_RANK_ALL_UP_TO and the length of the top tier's walk (tests). */
  rankAllUpTo?: number;
  topTierWalk?: number;
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

const COLUMNS = `c.id, c.procedure_id, c.machine_version, c.title, c.state, c.status, c.report_category, c.tags, c.version,
       c.org_unit_id, c.assigned_unit_id, c.received_at, c.created_at, c.updated_at,
       to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;
const NEWEST_FIRST = 'c.created_at DESC, c.id DESC';

type PageRow = CaseSummaryFields & { cursor_at: string };

/** The parameters of one statement: each statement numbers its own (PostgreSQL refuses a parameter it never reads). */
interface Params {
  readonly values: unknown[];
  /** Adds a value; answers its placeholder ($n). */
  add(value: unknown): string;
}

function params(): Params {
  const values: unknown[] = [];
  return { values, add: (value) => `$${values.push(value)}` };
}

/** What a search matches and how it ranks, as SQL over `c`. */
interface Match {
  /** The whole query found as written (a substring of the search text). */
  readonly found: string;
  /** `found`, or a near spelling of its words. */
  readonly where: string;
  /** A near spelling (trigram word similarity): only for a query of words. */
  readonly near: string;
  /** Word similarity of the query to all the text, then to the title: 1 at best. */
  readonly toText: string;
  readonly toTitle: string;
}

/** The query's own parameter is added to the statement only when an expression reads it. */
function match(p: Params, text: string): Match {
  let query: string | undefined;
  const t = () => (query ??= p.add(text));
  const found = `c.search_text LIKE ${p.add(`%${text.replace(/[\\%_]/g, '\\$&')}%`)} ESCAPE '\\'`;
  return {
    found,
    // Near spellings only for words: trigrams skip symbols and match part of a number, so "100%" would find "1000".
    get where() {
      return WORDS.test(text) ? `(${found} OR c.search_text %> ${t()})` : found;
    },
    get near() {
      return `c.search_text %> ${t()}`;
    },
    get toText() {
      return `word_similarity(${t()}, c.search_text)`;
    },
    get toTitle() {
      return `word_similarity(${t()}, case_search_normalize(c.title))`;
    },
  };
}

/**
 * The case listing and its search. The text is normalised by the same SQL function as the stored `search_text`
 * (case, accents, đ → d), then matched as a substring or, for a query of words only (digits and symbols are meant
 * literally), by trigram word similarity (pg_trgm's `%>`, threshold `pg_trgm.word_similarity_threshold`, 0.6 by
 * default); both are served by the trigram GIN index. Results rank the whole query found as written first, then by
 * similarity to all the text and to the title, then newest first; without a query, newest first: (created_at, id)
 * descending, served by ix_case_created_id, and a page can continue after the previous one's last row (keyset)
 * instead of skipping rows. Totals are counted up to a bound, so a count never walks the whole scope.
 */
@Injectable()
export class CaseSearchRepository {
  /** The query as it is compared: '' when nothing searchable is left (only spaces). */
  async normalize(m: EntityManager, q: string): Promise<string> {
    const [{ t }]: { t: string }[] = await m.query(`SELECT case_search_normalize($1) AS t`, [q]);
    return t;
  }

  async list(m: EntityManager, f: CaseListCriteria): Promise<CaseListPage> {
    const text = f.q ? await this.normalize(m, f.q) : '';
    const bound = f.countBound ?? CASE_COUNT_BOUND;
    const counted = (n: number) => ({ total: Math.min(n, bound), totalExact: n <= bound });
    if (text) {
      // At a million cases a common word's trigram bitmaps outgrow the default work_mem and turn lossy: every row of
      // a lossy page is checked again, and the similarity check costs about 8 µs a row. Room for them to stay exact,
      // for these statements only.
      return this.inTransaction(m, async (tx) => {
        await tx.query(`SET LOCAL work_mem = '${SEARCH_WORK_MEM}'`);
        const n = await this.countMatches(tx, f, text, bound);
        return { ...counted(n), rows: await this.searchPage(tx, f, text, n) };
      });
    }
    const q = params();
    let where = this.scope(q, f);
    let n: number;
    if (f.after) {
      n = await this.count(m, f, bound);
      where += ` AND (c.created_at, c.id) < (${q.add(f.after.createdAt)}::timestamptz, ${q.add(f.after.id)}::uuid)`;
    } else if (f.offset) {
      // A numbered page: the key of its first row, found while counting, then the page from there — instead of
      // fetching every case row before it only to skip it.
      const start = await this.countToPage(m, f, bound);
      n = start.n;
      if (!start.at) return { ...counted(n), rows: [] };
      where += ` AND (c.created_at, c.id) <= (${q.add(start.at)}::timestamptz, ${q.add(start.id)}::uuid)`;
    } else {
      n = await this.count(m, f, bound);
    }
    // One row more than the page tells whether another page follows.
    const rows: PageRow[] = await m.query(
      `SELECT ${COLUMNS} FROM "case" c WHERE ${where} ORDER BY ${NEWEST_FIRST} LIMIT ${q.add(f.limit + 1)}`,
      q.values,
    );
    const more = rows.length > f.limit;
    if (more) rows.length = f.limit;
    const last = rows[rows.length - 1];
    return { ...counted(n), rows: rows.map(strip), next: more ? { createdAt: last.cursor_at, id: last.id } : undefined };
  }

  /**
   * The cases in scope, counted up to bound + 1: enough to tell "exactly n" from "more than the bound". The scope is
   * read one way in at a time (`visibleCaseWaysSql`), the first from the unit index holding the case id
   * (`ix_case_unit_created`, CaseUnitCovering migration): a commune's count reads its own cases, where a walk down the
   * list's order reads about twenty cases of other units for each of its own.
   */
  private async count(m: EntityManager, f: CaseListCriteria, bound: number): Promise<number> {
    const p = params();
    const units = p.add(f.visibleUnitIds);
    const user = p.add(f.userId);
    const filters = this.filters(p, f);
    const ways = visibleCaseWaysSql('c', units, user).map((way) => `SELECT c.id FROM "case" c WHERE ${[way, ...filters].join(' AND ')}`);
    const [{ n }]: { n: number }[] = await m.query(
      countUpToSql(`SELECT 1 FROM (${ways.join(' UNION ALL ')}) c WHERE ${notExcludedInOrderSql('c.id', user)}`, p.add(bound + 1)),
      p.values,
    );
    return n;
  }

  /**
   * The count, and the key of row number `offset` (from 0) newest first, in one walk down the order index: it
   * carries the unit columns the scope reads, so neither needs a case row. No key past the end.
   */
  private async countToPage(m: EntityManager, f: CaseListCriteria, bound: number): Promise<{ n: number; at?: string; id?: string }> {
    const p = params();
    const where = this.scope(p, f);
    const first = `${p.add(f.offset + 1)}::int`;
    // The key is formatted once, after the walk (in the walk it would be formatted for every row passed).
    const [row]: { n: number; at: string | null; id: string | null }[] = await m.query(
      `SELECT count(*)::int AS n,
              to_char((array_agg(w.created_at) FILTER (WHERE w.rn = ${first}))[1] AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at,
              (array_agg(w.id) FILTER (WHERE w.rn = ${first}))[1] AS id
         FROM (SELECT c.created_at, c.id, row_number() OVER (ORDER BY ${NEWEST_FIRST}) AS rn
                 FROM "case" c WHERE ${where} ORDER BY ${NEWEST_FIRST} LIMIT GREATEST(${p.add(bound + 1)}::int, ${first})) w`,
      p.values,
    );
    return { n: row.n, at: row.at ?? undefined, id: row.id ?? undefined };
  }

  /**
   * The matches in scope, counted up to bound + 1 (enough to tell "exactly n" from "more than the bound"): first the
   * cases where the query is found as written, then, if the bound is not reached yet, those found only by a near
   * spelling. A common word reaches the bound in the first count and never pays for the similarity check.
   */
  private async countMatches(m: EntityManager, f: CaseListCriteria, text: string, bound: number): Promise<number> {
    const count = async (condition: (s: Match) => string, limit: number): Promise<number> => {
      const p = params();
      const where = this.scope(p, f);
      const [{ n }]: { n: number }[] = await m.query(
        countUpToSql(`SELECT 1 FROM "case" c WHERE ${where} AND ${condition(match(p, text))}`, p.add(limit)),
        p.values,
      );
      return n;
    };
    const found = await count((s) => s.found, bound + 1);
    if (found > bound || !WORDS.test(text)) return found;
    return found + (await count((s) => `${s.near} AND NOT ${s.found}`, bound + 1 - found));
  }

  /**
   * One page of a search, ranked. Ranking every match costs a similarity per match, which at a million cases and a
   * common word is seconds; so when many match, the page is first looked for in the top tier: cases where the whole
   * query is found and both similarities are 1 (the highest any case can rank), whose order among themselves is
   * simply newest first. Walking the newest cases down the list's index finds them without touching the others;
   * if the top tier fills the page, that page is exactly the ranked one. Otherwise (few such cases among the newest),
   * every match is ranked.
   */
  private async searchPage(m: EntityManager, f: CaseListCriteria, text: string, matches: number): Promise<CaseSummaryFields[]> {
    if (matches > (f.rankAllUpTo ?? SEARCH_RANK_ALL_UP_TO)) {
      const p = params();
      const clause = this.scope(p, f);
      const r = match(p, text);
      const need = f.offset + f.limit;
      // Cases per match, from the table's estimated size (pg_class.reltuples; -1 before the first ANALYZE: the most).
      const most = () => `${p.add(SEARCH_TOP_TIER_WALK)}::float8`;
      const walk = f.topTierWalk
        ? p.add(f.topTierWalk)
        : `(SELECT LEAST(${most()}, GREATEST(${p.add(need)}::float8,
                    CASE WHEN t.reltuples < 0 THEN ${most()} ELSE ceil(2 * ${p.add(need)}::float8 * t.reltuples / ${p.add(matches)}::float8) END))::int
              FROM pg_class t WHERE t.oid = '"case"'::regclass)`;
      const top: PageRow[] = await m.query(
        `SELECT ${COLUMNS}
           FROM (SELECT * FROM "case" c ORDER BY ${NEWEST_FIRST} LIMIT ${walk}) c
          WHERE ${clause} AND ${r.found} AND ${r.toText} = 1 AND ${r.toTitle} = 1
          ORDER BY ${NEWEST_FIRST}
          LIMIT ${p.add(need)}`,
        p.values,
      );
      if (top.length === need) return top.slice(f.offset).map(strip);
    }
    const p = params();
    const clause = this.scope(p, f);
    const r = match(p, text);
    // Relevance has no stable keyset: a search pages by OFFSET, bounded by how few cases match.
    const rows: PageRow[] = await m.query(
      `SELECT ${COLUMNS} FROM "case" c
        WHERE ${clause} AND ${r.where}
        ORDER BY (${r.found}) DESC, ${r.toText} DESC, ${r.toTitle} DESC, ${NEWEST_FIRST}
        LIMIT ${p.add(f.limit)} OFFSET ${p.add(f.offset)}`,
      p.values,
    );
    return rows.map(strip);
  }

  /** Visibility and the filters: the WHERE of every statement of a list (a search adds its match). */
  private scope(p: Params, f: CaseListCriteria): string {
    // The in-order form of the exclusions: the pages walk ix_case_created_id and test each row as it comes.
    return [visibleCasesSql('c', p.add(f.visibleUnitIds), p.add(f.userId), true), ...this.filters(p, f)].join(' AND ');
  }

  /** The list's filters on `c`, besides visibility. */
  private filters(p: Params, f: CaseListCriteria): string[] {
    const where: string[] = [];
    if (f.procedureId) where.push(`c.procedure_id = ${p.add(f.procedureId)}`);
    if (f.state) where.push(`c.state = ${p.add(f.state)}`);
    if (f.status) where.push(`c.status = ${p.add(f.status)}`);
    if (f.unitId) {
      const unit = p.add(f.unitId);
      where.push(`(c.org_unit_id = ${unit}::uuid OR c.assigned_unit_id = ${unit}::uuid)`);
    }
    return where;
  }

  /** `fn` in a transaction: the caller's, or one of its own. */
  private inTransaction<T>(m: EntityManager, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
    return m.queryRunner?.isTransactionActive ? fn(m) : m.transaction(fn);
  }
}

function strip({ cursor_at: _, ...row }: PageRow): CaseSummaryFields {
  return row;
}
