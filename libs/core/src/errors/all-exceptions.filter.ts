import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { ERROR_TABLE, ErrorCode } from './error-codes';

function fromHttp(status: number, body: unknown): DomainError {
  if (body && typeof body === 'object' && (body as { code?: string }).code === ErrorCode.VALIDATION_FAILED) {
    return new DomainError(ErrorCode.VALIDATION_FAILED, { fields: (body as { fields?: unknown }).fields });
  }
  switch (status) {
    case 400: {
      // Nest rewraps body-parser's SyntaxError as a plain BadRequestException carrying the parser's message.
      const message = (body as { message?: unknown } | undefined)?.message;
      const badJson = typeof message === 'string' && /JSON/.test(message);
      return new DomainError(badJson ? ErrorCode.MALFORMED_JSON : ErrorCode.VALIDATION_FAILED);
    }
    case 401:
      return new DomainError(ErrorCode.UNAUTHENTICATED);
    case 403:
      return new DomainError(ErrorCode.FORBIDDEN);
    case 404:
      return new DomainError(ErrorCode.ROUTE_NOT_FOUND);
    case 413:
      return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
    case 415:
      return new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    default:
      return new DomainError(ErrorCode.VALIDATION_FAILED);
  }
}

/** Body-parser errors are plain errors with a status; they are the client's fault, not ours. */
function fromBodyParser(err: unknown): DomainError | undefined {
  const e = err as { type?: string; status?: number };
  if (e?.type === 'entity.parse.failed') return new DomainError(ErrorCode.MALFORMED_JSON);
  if (e?.type === 'entity.too.large') return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') return new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.type) return new DomainError(ErrorCode.VALIDATION_FAILED);
  return undefined;
}

/** Seconds a client waits before retrying while the database is unreachable: about a PostgreSQL restart. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// SQLSTATEs of a server shutting down or starting up (57P0x) and of a connection lost or refused (08xxx).
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const CONNECTION_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
// node-postgres and its pool say it in words only.
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable/i;

/**
 * An unreachable database is not a bug: 503 with Retry-After, not 500. TypeORM wraps the driver's error
 * (`driverError`), Node wraps a refused connection to every address in an AggregateError (`errors`).
 */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 3) return false;
  const e = err as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (CONNECTION_SQLSTATES.has(e.code) || CONNECTION_ERRNOS.has(e.code))) return true;
  if (typeof e.message === 'string' && CONNECTION_MESSAGES.test(e.message)) return true;
  const inner = [e.driverError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])];
  return inner.some((i) => i !== err && isDatabaseUnavailable(i, depth + 1));
}

/**
 * What an unexpected error may put in the log: its class, a driver's SQLSTATE, its message and the stack frames.
 * Never the request's body, query, headers or the driver's query parameters. E-mail addresses and `(key)=(value)`
 * pairs are masked in every message; quoted values only in errors that quote their input (PostgreSQL's
 * `invalid input syntax for type uuid: "…"`, JSON's `"…" is not valid JSON`), so that our own errors keep the
 * names they quote (`unknown effect type "sendFax"`).
 */
export function describeForLog(err: unknown): { text: string; stack?: string } {
  const e = (err ?? {}) as { name?: unknown; message?: unknown; stack?: unknown; code?: unknown };
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const code = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) ? ` [${e.code}]` : '';
  const quotesInput = code !== '' || name === 'QueryFailedError' || name === 'DatabaseError' || name === 'SyntaxError';
  let message = String(typeof e.message === 'string' ? e.message : '');
  if (quotesInput) message = message.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '"***"');
  message = message
    .replace(/\([^)]*\)=\([^)]*\)/g, '(***)=(***)')
    .replace(/[^\s<>@"']+@[^\s<>"']+/g, '***@***')
    .slice(0, 300);
  // The stack's first line repeats the message unmasked: keep only the frames.
  const frames = typeof e.stack === 'string' ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n') : undefined;
  return { text: `${name}${code}: ${message}`, stack: frames || undefined };
}

/** The one place where errors become HTTP answers: a code and a Vietnamese message; a 500 only with a reference. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request & { correlationId?: string }>();
    const correlationId = req.correlationId;
    let error: DomainError | undefined;
    if (exception instanceof DomainError) error = exception;
    else if (exception instanceof HttpException) error = fromHttp(exception.getStatus(), exception.getResponse());
    else error = fromBodyParser(exception);

    if (!error && isDatabaseUnavailable(exception)) {
      const { text } = describeForLog(exception);
      this.logger.warn(`${req.method} ${req.route?.path ?? req.path} [${correlationId}]: database unavailable: ${text}`);
      error = new DomainError(ErrorCode.SERVICE_UNAVAILABLE, { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS });
    }
    if (!error) {
      // The route's path (ids, no query string) and a masked description; see describeForLog.
      const { text, stack } = describeForLog(exception);
      this.logger.error(`${req.method} ${req.route?.path ?? req.path} failed [${correlationId}]: ${text}`, stack);
      error = new DomainError(ErrorCode.INTERNAL_ERROR);
    }
    const { status } = ERROR_TABLE[error.code];
    if (res.headersSent) return;
    const retryAfter = error.details?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json({
      statusCode: status,
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
      correlationId,
    });
  }
}
