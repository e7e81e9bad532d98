// The typed client, generated from docs/openapi.json (`npm run api-types -w apps/web` writes schema.d.ts): a path,
// parameter or field the API no longer has is a compile error here, not a blank screen later.
import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentAccessToken, refreshSession } from './session';

export type Schemas = components['schemas'];
export type ErrorCode = Schemas['ErrorCode'];

/** A refusal from the API: Vietnamese `message` for people, stable `code` for the program, `details` per code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly correlationId?: string,
  ) {
    super(message);
  }

  /** `details.fields` of VALIDATION_FAILED as field → message. */
  fieldErrors(): Record<string, string> {
    const fields = (this.details.fields ?? []) as { field: string; message: string }[];
    return Object.fromEntries(fields.map((f) => [f.field, f.message]));
  }
}

/** fetch with the access token, renewed once and retried on a 401. */
export async function authedFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const send = (req: Request) => {
    const token = currentAccessToken();
    if (token) req.headers.set('authorization', `Bearer ${token}`);
    return fetch(req);
  };
  let res: Response;
  try {
    res = await send(input);
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  if (res.status === 401 && !input.url.includes('/auth/') && (await refreshSession())) res = await send(retry);
  return res;
}

export const api = createClient<paths>({ baseUrl: window.location.origin, fetch: authedFetch });

/** The API's error body as an ApiError (or a generic one when the body is not the envelope). */
export function toApiError(status: number, body: unknown): ApiError {
  const e = (body ?? {}) as Partial<Schemas['ErrorEnvelopeDto']>;
  if (typeof e.code === 'string' && typeof e.message === 'string') {
    return new ApiError(status, e.code, e.message, (e.details ?? {}) as Record<string, unknown>, e.correlationId);
  }
  return new ApiError(status, 'INTERNAL_ERROR', `Máy chủ trả lời lỗi ${status}.`);
}

/** Awaits an openapi-fetch call and returns its data, or throws the API's refusal as an ApiError. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw toApiError(response.status, error);
  return data as T;
}
