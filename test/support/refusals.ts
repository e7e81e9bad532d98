import type { Response } from 'supertest';
import type { DataSource } from 'typeorm';
import { VIETNAMESE } from './case-client';

/** Row counts of the given tables, to show that a refused request wrote nothing. */
export async function rowCounts(ds: DataSource, tables: readonly string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = (await ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  return out;
}

/**
 * `refused(status, code, request)`: the request must be refused with that status and stable code, explained in
 * Vietnamese, traceable by a correlation id, and leave every one of `tables` as it was.
 */
export function refusalCheck(ds: DataSource, tables: readonly string[]) {
  return async function refused(status: number, code: string, request: () => PromiseLike<Response>): Promise<Response> {
    const before = await rowCounts(ds, tables);
    const res = await request();
    expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
    expect(res.body.message).toMatch(VIETNAMESE);
    expect(res.body.correlationId).toEqual(expect.any(String));
    expect(await rowCounts(ds, tables)).toEqual(before);
    return res;
  };
}
