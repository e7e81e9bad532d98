// Test harness for the rules page: the real providers (i18n vi, Ant Design vi_VN, TanStack Query, router, auth)
// around it, the network mocked at fetch (the generated client is the real one), and rule rows as the API lists them.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type { Schemas } from '../../../api/client';
import { endSession, startSession } from '../../../api/session';
import { AuthProvider } from '../../../app/auth';

// Ant Design pages are heavy for jsdom: give lookups and tests room (files that import this harness only).
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

export const CITY = '8b230955-2c8b-40ce-b301-546d0cf1fc95';
export const WARD = 'e9f58718-39c3-4ea6-b936-6ef3190d6137';
export const UNITS: Schemas['OrgUnitResponse'][] = [
  { id: CITY, parentId: null, code: 'TU-HCM', name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL' },
  { id: WARD, parentId: CITY, code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
];

const me = (username: string, assignments: { unitId: string; role: Schemas['Role'] }[]): Schemas['MeResponse'] => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  username,
  displayName: username,
  assignments: assignments.map((a) => ({ ...a, roleLabel: a.role })),
});
/** The city's secretary: RULE_OVERRIDE.ROLES lets them override for the city and its wards. */
export const CITY_SECRETARY = me('bithu', [{ unitId: CITY, role: 'SECRETARY' }]);
/** A ward's secretary: a grassroots unit is not a level the rule lists. */
export const WARD_SECRETARY = me('benthanh', [{ unitId: WARD, role: 'SECRETARY' }]);
/** An auditor: reads, changes nothing. */
export const AUDITOR_ME = me('kiemtoan', [{ unitId: CITY, role: 'AUDITOR' }]);
/** The administrator of the top-level unit. */
export const TOP_ADMIN = me('quantri', [{ unitId: CITY, role: 'ADMIN' }]);

export type Rule = Schemas['LegalRuleResponse'];

export function ruleRow(over: Partial<Rule> & Pick<Rule, 'id' | 'key'>): Rule {
  return {
    value: null,
    valueData: null,
    unit: 'COUNT',
    startConvention: 'NONE',
    startEvent: '',
    extensionValue: null,
    extensionMaxCount: 0,
    effectiveFrom: '2022-07-06',
    effectiveTo: null,
    instrument: '69-QĐ/TW',
    legalBasis: 'Quy định 69-QĐ/TW ngày 06/7/2022, Điều 15',
    sourceRef: '[9]',
    confidence: 'STATED',
    description: over.key,
    orgUnitId: null,
    reason: null,
    confirmedBy: null,
    confirmedAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    lapsed: null,
    ...over,
  };
}

const ROLES = ['STANDING_COMMITTEE_MEMBER', 'SECRETARY', 'ADMIN'];
export const POLICY = ruleRow({
  id: 'policy',
  key: 'RULE_OVERRIDE.ROLES',
  unit: 'TABLE',
  valueData: { rows: [{ level: 'CENTRAL', roles: ROLES }, { level: 'PROVINCIAL', roles: ROLES }] },
  effectiveFrom: '2025-07-01',
  instrument: null,
  confidence: 'INFERRED',
  description: 'Ai được điều chỉnh quy tắc cho đơn vị mình và cấp dưới',
});

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}
/** What a handler answers: [status, body], or undefined for the default. */
export type Handler = (call: Call) => [number, unknown] | undefined;

/** GET /rules as the server filters it: key prefix, in force on `asOf`, confidence. */
function listRules(rows: Rule[], q: URLSearchParams) {
  const key = q.get('key');
  const asOf = q.get('asOf');
  const confidence = q.get('confidence');
  const items = rows.filter(
    (r) =>
      (!key || r.key.startsWith(key)) &&
      (!asOf || (r.effectiveFrom <= asOf && (r.effectiveTo === null || r.effectiveTo > asOf))) &&
      (!confidence || r.confidence === confidence),
  );
  return { items, page: 1, pageSize: Number(q.get('pageSize') ?? 50), total: items.length };
}

/** Mocks fetch: /me, /org-units, GET /rules over `rows` (plus the policy row), then `handler`; returns every call. */
export function mockApi(opts: { me: Schemas['MeResponse']; rows: Rule[]; handler?: Handler }): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url);
      const text = await request.text();
      const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
      calls.push(call);
      const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (call.path === '/auth/refresh') return json(200, { accessToken: 'a2', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
      if (call.path === '/me') return json(200, opts.me);
      const answer = opts.handler?.(call);
      if (answer) return json(answer[0], answer[1]);
      if (call.path === '/org-units') return json(200, { items: UNITS, page: 1, pageSize: 500, total: UNITS.length });
      if (call.path === '/rules' && call.method === 'GET') return json(200, listRules([POLICY, ...opts.rows], call.query));
      return json(404, { code: 'ROUTE_NOT_FOUND', message: 'Đường dẫn không tồn tại.', correlationId: 'c-test' });
    }),
  );
  return calls;
}

/** The API's error envelope. */
export function refusal(status: number, code: string, message: string, details: Record<string, unknown> = {}): [number, unknown] {
  return [status, { code, message, details, correlationId: 'c-test' }];
}

/** A page, signed in, with the application's providers, at `path`. */
export function renderSignedIn(ui: ReactNode, path = '/quy-tac'): RenderResult {
  startSession({ accessToken: 'a1', expiresIn: 900, refreshToken: 'r1', refreshExpiresAt: '2099-01-01T00:00:00Z' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[path]}>
            <AuthProvider>{ui}</AuthProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

export function signOutAfterTest(): void {
  endSession();
  vi.unstubAllGlobals();
}

/** The table row (tr) holding `text`. */
export function rowOf(el: HTMLElement): HTMLTableRowElement {
  return el.closest('tr') as HTMLTableRowElement;
}
