// Test harness for the officer's pages: the real providers (i18n vi, Ant Design vi_VN, TanStack Query, router, auth)
// around a page at a URL, with the network mocked at fetch — the client under test is the real one.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { endSession, startSession } from '../../api/session';
import { AuthProvider } from '../../app/auth';

// Ant Design pages are heavy for jsdom on a busy machine.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

/** [status, body], or undefined for "not handled" (404). */
export type Handler = (call: Call) => [number, unknown] | undefined;

export const OFFICER: Schemas['MeResponse'] = {
  id: '00000000-0000-4000-8000-00000000a001',
  username: 'totocongtac',
  displayName: 'Nguyễn Văn An',
  assignments: [{ unitId: 'u-city', role: 'TASK_FORCE_OFFICER', roleLabel: 'Cán bộ Tổ công tác 1374' }],
};

export const UNITS: Schemas['OrgUnitResponse'][] = [
  { id: 'u-city', parentId: null, code: 'TU-HCM', name: 'Thành ủy TP.HCM', level: 'PROVINCIAL' },
  { id: 'u-bt', parentId: 'u-city', code: 'DU-BT', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
];

export const PROCEDURES = [
  {
    id: 'quy-dinh-1374',
    version: 1,
    title: 'Giải quyết thông tin phản ánh theo Quy định 1374',
    legalBasis: 'QĐ 1374',
    createRoles: ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE'],
    takesReporter: true,
    events: [],
    states: { received: 'Tiếp nhận', explanationRequested: 'Chờ giải trình (cũ)' },
    definition: {},
    schemaUrl: '/procedures/quy-dinh-1374/versions/1',
  },
  {
    id: 'quy-dinh-1374',
    version: 2,
    title: 'Giải quyết thông tin phản ánh theo Quy định 1374',
    legalBasis: 'QĐ 1374',
    createRoles: ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE'],
    takesReporter: true,
    events: [],
    states: { received: 'Tiếp nhận', explanationRequested: 'Chờ báo cáo giải trình', 'assignedToUnit.awaitingReport': 'Đã giao đơn vị – chờ báo cáo' },
    definition: {},
    schemaUrl: '/procedures/quy-dinh-1374/versions/2',
  },
  {
    id: 'ky-luat',
    version: 1,
    title: 'Thi hành kỷ luật đảng viên',
    legalBasis: 'QĐ 22',
    createRoles: ['SECRETARY'],
    takesReporter: false,
    events: [],
    states: { opened: 'Mở hồ sơ' },
    definition: {},
    schemaUrl: '/procedures/ky-luat/versions/1',
  },
];

/** Mocks fetch with `handler` (plus /auth/refresh, /me, /procedures, /org-units); returns every call, in order. */
export function mockApi(handler: Handler, me: Schemas['MeResponse'] = OFFICER): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url);
      const text = await request.text();
      const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, headers: request.headers, body: text ? JSON.parse(text) : undefined };
      calls.push(call);
      const json = (status: number, body: unknown) =>
        new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (call.path === '/auth/refresh') return json(200, { accessToken: 'a2', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
      if (call.path === '/me' && call.method === 'GET') return json(200, me);
      const answer = handler(call);
      if (answer) return json(answer[0], answer[1]);
      if (call.path === '/procedures') return json(200, PROCEDURES);
      if (call.path === '/org-units') return json(200, { items: UNITS, page: 1, pageSize: 500, total: UNITS.length });
      return json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.', correlationId: 'test' });
    }),
  );
  return calls;
}

export function refusal(status: number, code: string, message: string, details: Record<string, unknown> = {}): [number, unknown] {
  return [status, { statusCode: status, code, message, details, correlationId: 'c-test' }];
}

function CaseStub() {
  const { id } = useParams();
  return <p>Trang vụ việc {id}</p>;
}

function Where() {
  const location = useLocation();
  return <div data-testid="location">{location.pathname + location.search}</div>;
}

/** A page at `path` (served at `route`), signed in, with the application's providers; /vu-viec/:id is a stub. */
export function renderPage(ui: ReactNode, path: string, route = path.split('?')[0]): RenderResult {
  startSession({ accessToken: 'a1', expiresIn: 900, refreshToken: 'r1', refreshExpiresAt: '2099-01-01T00:00:00Z' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>
            <AuthProvider>
              <Routes>
                <Route path={route} element={ui} />
                <Route path="/vu-viec/:id" element={<CaseStub />} />
              </Routes>
              <Where />
            </AuthProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

export function signOutAfterTest(): void {
  endSession();
  vi.unstubAllGlobals();
  localStorage.clear();
}
