// Test harness for the administration and account pages: the real providers (i18n vi, Ant Design vi_VN, TanStack
// Query, router, auth) around a page, with the network mocked at fetch — the client under test is the real one.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, type RenderResult } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { vi } from 'vitest';
import type { Schemas } from '../../api/client';
import { endSession, startSession } from '../../api/session';
import { AuthProvider } from '../../app/auth';

// Ant Design pages are heavy for jsdom: give lookups and tests room (files that import this harness only).
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 60_000 });

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

/** What a handler answers: [status, body], or undefined for "not handled" (404). */
export type Handler = (call: Call) => [number, unknown] | undefined;

export const ADMIN_ME: Schemas['MeResponse'] = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'quantri',
  displayName: 'Quản trị hệ thống',
  assignments: [{ unitId: 'u-city', role: 'ADMIN', roleLabel: 'Quản trị hệ thống' }],
};

/** Mocks fetch with `handler` (plus /auth/refresh and /me); returns every call the page made, in order. */
export function mockApi(handler: Handler, me: Schemas['MeResponse'] = ADMIN_ME): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url);
      const text = await request.text();
      const call: Call = { method: request.method, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : undefined };
      calls.push(call);
      const json = (status: number, body: unknown) =>
        new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (call.path === '/auth/refresh') return json(200, { accessToken: 'a2', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
      if (call.path === '/auth/logout') return json(204, null);
      if (call.path === '/me' && call.method === 'GET') return json(200, me);
      const answer = handler(call);
      return answer ? json(answer[0], answer[1]) : json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.', correlationId: 'test' });
    }),
  );
  return calls;
}

/** The API's error envelope. */
export function refusal(status: number, code: string, message: string, details: Record<string, unknown> = {}): [number, unknown] {
  return [status, { statusCode: status, code, message, details, correlationId: 'c-test' }];
}

/** A page, signed in, with the application's providers. */
export function renderSignedIn(ui: ReactNode): RenderResult {
  startSession({ accessToken: 'a1', expiresIn: 900, refreshToken: 'r1', refreshExpiresAt: '2099-01-01T00:00:00Z' });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter>
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

/** The text of everything that describes a form control (Ant Design links its errors with aria-describedby). */
export function descriptionOf(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}
