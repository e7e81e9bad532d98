// The API as a program uses it, for a journey's set-up (what happened before the scene the journey plays in the
// browser). Every call is a real request to the running application.
import { baseUrl, password } from './browser';

export async function token(user: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: user, password: password(user) }),
  });
  if (!res.ok) throw new Error(`login ${user}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export async function call<T = Record<string, unknown>>(user: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token(user)}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} as ${user}: ${res.status} ${text}`);
  return (text ? JSON.parse(text) : {}) as T;
}

/** Sends a step as `user` with the case's current version. */
export async function step(user: string, caseId: string, type: string, payload: unknown = {}): Promise<void> {
  const view = await call<{ version: number }>(user, 'GET', `/cases/${caseId}`);
  await call(user, 'POST', `/cases/${caseId}/events`, { type, payload }, { 'If-Match': String(view.version) });
}

export const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();
