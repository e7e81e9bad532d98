// A fake API at globalThis.fetch for the case page's tests: a case, its procedure version, its timeline, and a
// queue of answers for the steps sent. Every request is recorded (method, path, query, headers, body).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { Schemas } from '../../api/client';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

export type Answer = { status: number; body: unknown; after?: () => void };

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function refusal(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return { status, body: { statusCode: status, code, message, details, correlationId: 'corr-1' } };
}

export function fakeCase(overrides: Partial<Schemas['CaseViewResponse']> = {}): Schemas['CaseViewResponse'] {
  return {
    id: 'c1',
    procedureId: 'proc',
    machineVersion: 1,
    title: 'Phản ánh về việc cấp phép xây dựng',
    state: 'review',
    stateLabel: 'Đang xem xét',
    status: 'OPEN',
    reportCategory: 'NOT_YET_HANDLED',
    tags: {},
    version: 4,
    orgUnitId: 'u1',
    assignedUnitId: null,
    receivedAt: '2026-03-01T00:00:00Z',
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    procedureTitle: 'Quy trình thử',
    context: {},
    reporter: { given: false, protected: true, fields: [], purged: false, mayReveal: false },
    availableEvents: [],
    deadlines: [],
    links: { parent: null, children: [] },
    ...overrides,
  };
}

export function fakeProcedure(events: Schemas['ProcedureVersionResponse']['events']): Schemas['ProcedureVersionResponse'] {
  return {
    id: 'proc', version: 1, title: 'Quy trình thử', legalBasis: '', createRoles: [], input: {}, events,
    states: { review: 'Đang xem xét', decided: 'Đã quyết định' },
    definition: { id: 'proc', key: 'proc', type: 'compound', states: {} },
  };
}

export function step(type: string, label: string, payload: Record<string, unknown>): Schemas['ProcedureVersionResponse']['events'][number] {
  return { type, label, roles: [], actingUnit: 'CASE_UNIT', from: ['review'], guards: [], payload };
}

export function installFakeApi(state: {
  caseView: Schemas['CaseViewResponse'];
  procedure: Schemas['ProcedureVersionResponse'];
  timeline?: Schemas['TimelineItemResponse'][];
  stepAnswers: Answer[];
}) {
  const requests: Recorded[] = [];
  const fetchMock = vi.fn(async (input: Request) => {
    const url = new URL(input.url);
    const text = input.method === 'GET' ? '' : await input.text();
    requests.push({ method: input.method, path: url.pathname, query: url.searchParams, headers: input.headers, body: text ? JSON.parse(text) : undefined });
    const p = url.pathname;
    if (input.method === 'GET' && p === `/cases/${state.caseView.id}`) return json(200, state.caseView);
    if (input.method === 'GET' && p.startsWith('/procedures/')) return json(200, state.procedure);
    if (input.method === 'GET' && p === '/org-units') return json(200, { items: [], page: 1, pageSize: 500, total: 0 });
    if (input.method === 'GET' && p === `/cases/${state.caseView.id}/timeline`) {
      const items = state.timeline ?? [];
      return json(200, { caseId: state.caseView.id, reminders: [], links: { parent: null, children: [] }, items, page: 1, pageSize: 100, total: items.length });
    }
    if (input.method === 'POST' && p === `/cases/${state.caseView.id}/events`) {
      const answer = state.stepAnswers.shift();
      if (!answer) return json(500, { code: 'INTERNAL_ERROR', message: 'no answer queued' });
      answer.after?.();
      return json(answer.status, answer.body);
    }
    return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.', correlationId: 'x' });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, posts: () => requests.filter((r) => r.method === 'POST') };
}

export function withQueryClient(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
