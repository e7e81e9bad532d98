// Test support for the case panels: a fake API at globalThis.fetch (routes by method and path, every request
// recorded) and a render with the application's providers, signed in with the given roles through the real
// AuthProvider (refresh token → /auth/refresh → /me).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp } from 'antd';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { endSession } from '../../../api/session';
import { AuthProvider, type Role } from '../../../app/auth';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

export type Reply = { status: number; body: unknown; headers?: Record<string, string> } | Response;
export type Route = { method: string; path: string | RegExp; reply: (req: Recorded) => Reply | Promise<Reply> };

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function refusal(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
  return { status, body: { statusCode: status, code, message, details, correlationId: 'corr-1' } };
}

export const ME_ID = '99999999-9999-4999-8999-999999999999';

/** Installs the fake API; answers 404 (in the API's envelope) for anything not routed. */
export function installApi(routes: Route[], roles: Role[] = []) {
  const requests: Recorded[] = [];
  const all: Route[] = [
    {
      method: 'POST',
      path: '/auth/refresh',
      reply: () => ({ status: 200, body: { accessToken: 'token', expiresIn: 900, refreshToken: 'refresh-2', refreshExpiresAt: '2099-01-01T00:00:00Z' } }),
    },
    {
      method: 'GET',
      path: '/me',
      reply: () => ({
        status: 200,
        body: { id: ME_ID, username: 'baomat', displayName: 'Ngô Thị Hà', assignments: roles.map((role) => ({ unitId: 'u1', role, roleLabel: role })) },
      }),
    },
    ...routes,
  ];
  const fetchMock = vi.fn(async (input: Request | string, init?: RequestInit) => {
    const req = typeof input === 'string' ? new Request(new URL(input, window.location.origin), init) : input;
    const url = new URL(req.url);
    const text = req.method === 'GET' ? '' : await req.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    const rec: Recorded = { method: req.method, path: url.pathname, query: url.searchParams, body };
    requests.push(rec);
    const route = all.find((r) => r.method === req.method && (typeof r.path === 'string' ? r.path === url.pathname : r.path.test(url.pathname)));
    if (!route) return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.', correlationId: 'x' });
    const reply = await route.reply(rec);
    return reply instanceof Response ? reply : json(reply.status, reply.body, reply.headers);
  });
  vi.stubGlobal('fetch', fetchMock);
  if (roles.length) sessionStorage.setItem('hoso.refresh', 'refresh-1');
  return { requests, of: (method: string, path: string) => requests.filter((r) => r.method === method && r.path === path) };
}

/** Signs out and removes the fake API (call in afterEach). */
export function resetApi() {
  endSession();
  sessionStorage.clear();
  vi.unstubAllGlobals();
}

export function renderWithApp(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <AntApp>
          <MemoryRouter>
            <AuthProvider>{ui}</AuthProvider>
          </MemoryRouter>
        </AntApp>
      </QueryClientProvider>,
    ),
  };
}

export function fakeCaseView(overrides: Partial<Schemas['CaseViewResponse']> = {}): Schemas['CaseViewResponse'] {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    procedureId: 'to-cao',
    machineVersion: 1,
    title: 'Đơn tố cáo đảng viên Trần Văn Hùng',
    state: 'verifying',
    stateLabel: 'Đang thẩm tra, xác minh',
    status: 'OPEN',
    reportCategory: 'NOT_YET_HANDLED',
    tags: {},
    version: 3,
    orgUnitId: 'u1',
    assignedUnitId: null,
    receivedAt: '2026-12-03T00:00:00Z',
    createdAt: '2026-12-03T00:00:00Z',
    updatedAt: '2026-12-04T00:00:00Z',
    procedureTitle: 'Giải quyết tố cáo đối với tổ chức đảng, đảng viên',
    context: {},
    reporter: { given: true, protected: true, fields: ['name', 'contact'], purged: false, mayReveal: true },
    availableEvents: [],
    deadlines: [],
    links: { parent: null, children: [] },
    ...overrides,
  };
}
