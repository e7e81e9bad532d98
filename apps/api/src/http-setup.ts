import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import type { EnvDto } from '@hoso/core/config';
import { AllExceptionsFilter, createValidationPipe, DomainError, ErrorCode } from '@hoso/core/errors';
import { findInputProblem, findUrlProblem, MAX_JSON_DEPTH, type InputProblem } from '@hoso/core/http/input-checks';
import { correlationId } from '@hoso/core/logging/correlation-id.middleware';
import { buildDocument } from './openapi-document';
import { serveWebApp } from './web-app';

/** Everything about HTTP that is not a route: headers, body limits, validation, errors, OpenAPI. */
export function configureHttp(app: INestApplication, config: EnvDto): void {
  app.use(correlationId);
  // Off unless TRUST_PROXY says which proxies to believe: otherwise anyone could pick their address by header.
  const trusted = trustProxy(config.TRUST_PROXY);
  if (trusted !== undefined) (app as NestExpressApplication).set('trust proxy', trusted);
  // Closed by default: without CORS_ORIGINS no Access-Control-* header is ever sent, so browsers refuse every
  // cross-origin call. Listed origins are matched exactly; tokens travel in the Authorization header, not cookies.
  const origins = corsOrigins(config.CORS_ORIGINS);
  if (origins.length > 0) {
    app.enableCors({
      origin: origins,
      credentials: false,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'ETag', 'Retry-After'],
      maxAge: 600,
    });
  }
  app.use(
    helmet({
      // Swagger UI needs its inline script and styles on /docs.
      contentSecurityPolicy: { directives: { 'script-src': ["'self'", "'unsafe-inline'"], 'style-src': ["'self'", "'unsafe-inline'"] } },
    }),
  );
  // The web application at / (same origin); before the body parser: its requests carry no body.
  serveWebApp(app, config.WEB_DIR);
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true }));
  // A body that is not JSON is refused as such (415), not misread as missing fields.
  app.use((req: express.Request, _res: express.Response, next: express.NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    // Dossier documents and document templates may come as multipart/form-data: their routes read them (busboy)
    // past the JSON limit.
    const dossierUpload =
      req.method === 'POST' && /^\/(cases\/[^/]+\/dossier|document-templates\/[^/]+\/versions)\/?$/.test(req.path) && Boolean(req.is('multipart/form-data'));
    next(hasBody && !req.is('application/json') && !dossierUpload ? new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE) : undefined);
  });
  // Right after parsing, before the validation pipe: one iterative walk refuses a body nested too deep for
  // class-transformer's recursion, and NULs and lone surrogates (PostgreSQL refuses both) anywhere in the URL or
  // in the body's strings and keys, as the client's fault (400) rather than a server error later.
  app.use((req: express.Request, _res: express.Response, next: express.NextFunction) => {
    next(inputError(findUrlProblem(req.originalUrl) ?? (req.body === undefined ? undefined : findInputProblem(req.body))));
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  SwaggerModule.setup('docs', app, () => buildDocument(app));
}

/** The refusal for a problem found in the request's input. */
function inputError(problem: InputProblem | undefined): DomainError | undefined {
  if (!problem) return undefined;
  if (problem.kind === 'tooDeep') return new DomainError(ErrorCode.JSON_TOO_DEEP, { maxDepth: MAX_JSON_DEPTH });
  if (problem.kind === 'invalidUnicode') return new DomainError(ErrorCode.INVALID_UNICODE, { field: problem.field });
  return new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: problem.field, constraint: 'noNul', message: 'không được chứa ký tự NUL' }] });
}

/** `CORS_ORIGINS` as a list of exact origins (empty: CORS stays off). */
export function corsOrigins(setting: string): string[] {
  return setting
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
}

/** `TRUST_PROXY` as Express takes it: a hop count, or a list of names / addresses / CIDRs; empty: undefined (off). */
export function trustProxy(setting: string): number | string[] | undefined {
  const value = setting.trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((v) => v.trim());
}
