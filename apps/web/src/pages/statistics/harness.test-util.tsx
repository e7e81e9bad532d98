// Test harness for the audit and statistics pages: the real providers (i18n vi, Ant Design vi_VN, TanStack Query,
// router, auth) around a page, the network mocked at fetch — the typed client under test is the real one.
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

configure({ asyncUtilTimeout: 5000 });

// jsdom has no canvas: ECharts draws into a 2D context that accepts every call and measures text by its length, so
// the charts mount (their aria-label is what the tests read) without a native canvas package.
if (typeof HTMLCanvasElement !== 'undefined') {
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 7, actualBoundingBoxAscent: 10, actualBoundingBoxDescent: 3 });
      if (key === 'getImageData' || key === 'createImageData') return () => ({ data: new Uint8ClampedArray(4) });
      if (key === 'createLinearGradient' || key === 'createRadialGradient' || key === 'createPattern') return () => ({ addColorStop() {} });
      if (key === 'getLineDash') return () => [];
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { configurable: true, value: () => context });
}
vi.setConfig({ testTimeout: 30_000 });

export interface Call {
  method: string;
  path: string;
  query: URLSearchParams;
}

export type Handler = (call: Call) => [number, unknown] | undefined;

export const AUDITOR: Schemas['MeResponse'] = {
  id: '00000000-0000-4000-8000-00000000000a',
  username: 'kiemtoan',
  displayName: 'Võ Thị Giang',
  assignments: [{ unitId: 'u-city', role: 'AUDITOR', roleLabel: 'Kiểm tra viên' }],
};

/** Mocks fetch with `handler` (plus /auth/refresh and /me); returns every call made, in order. */
export function mockApi(handler: Handler, me: Schemas['MeResponse'] = AUDITOR): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
      const url = new URL(request.url);
      const call: Call = { method: request.method, path: url.pathname, query: url.searchParams };
      calls.push(call);
      const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
      if (call.path === '/auth/refresh') return json(200, { accessToken: 'a2', expiresIn: 900, refreshToken: 'r2', refreshExpiresAt: '2099-01-01T00:00:00Z' });
      if (call.path === '/me') return json(200, me);
      const answer = handler(call);
      return answer ? json(answer[0], answer[1]) : json(404, { statusCode: 404, code: 'NOT_FOUND', message: 'Không tìm thấy.', correlationId: 'test' });
    }),
  );
  return calls;
}

export function renderSignedIn(ui: ReactNode, path = '/'): RenderResult {
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
