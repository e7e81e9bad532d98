import type { Response } from 'supertest';
import type { DemoOrg, TestApp } from './test-app';

export type Who = keyof DemoOrg['tokens'];

export interface CaseRef {
  id: string;
  version: number;
}

export { VIETNAMESE } from '@hoso/workflows/shared/vietnamese';

/**
 * Requests as the people of a seeded organisation: `as(who)` gives the header; create, send (expects the step taken
 * and moves the ref's version), attempt (any answer) and view (expects 200). `tokens` may hold extra people.
 */
export function caseClient(t: TestApp, tokens: Record<string, string>) {
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  return {
    as,
    async create(who: string, orgUnitId: string, input: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<CaseRef & { body: Response['body'] }> {
      const res = await t.http.post('/cases').set(as(who)).send({ procedureId: 'quy-dinh-1374', orgUnitId, input, ...extra });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 201 });
      return { id: res.body.case.id, version: res.body.case.version, body: res.body };
    },
    async send(who: string, ref: CaseRef, type: string, payload?: Record<string, unknown>, extra: Record<string, unknown> = {}): Promise<Response> {
      const res = await t.http.post(`/cases/${ref.id}/events`).set(as(who)).send({ type, expectedVersion: ref.version, ...(payload ? { payload } : {}), ...extra });
      expect({ status: res.status, body: res.body }).toMatchObject({ status: 200, body: { event: { seq: ref.version + 1, type } } });
      ref.version = res.body.case.version;
      return res;
    },
    attempt(who: string, ref: CaseRef, type: string, payload?: Record<string, unknown>, extra: Record<string, unknown> = {}) {
      return t.http.post(`/cases/${ref.id}/events`).set(as(who)).send({ type, expectedVersion: ref.version, ...(payload ? { payload } : {}), ...extra });
    },
    async view(who: string, ref: CaseRef) {
      const res = await t.http.get(`/cases/${ref.id}`).set(as(who));
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 200, code: undefined });
      return res.body;
    },
  };
}
