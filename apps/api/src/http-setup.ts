import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import type { EnvDto } from '@hoso/core/config';
import { AllExceptionsFilter, createValidationPipe, DomainError, ErrorCode } from '@hoso/core/errors';
import { correlationId } from '@hoso/core/logging/correlation-id.middleware';
import { buildDocument } from './openapi-document';

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
  app.use(express.json({ limit: config.BODY_LIMIT, strict: true }));
  // A body that is not JSON is refused as such (415), not misread as missing fields.
  app.use((req: express.Request, _res: express.Response, next: express.NextFunction) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    // Dossier documents may come as multipart/form-data: their route streams them (busboy) past the JSON limit.
    const dossierUpload = req.method === 'POST' && /^\/cases\/[^/]+\/dossier\/?$/.test(req.path) && Boolean(req.is('multipart/form-data'));
    next(hasBody && !req.is('application/json') && !dossierUpload ? new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE) : undefined);
  });
  // PostgreSQL text cannot hold a NUL character: refuse it anywhere in the query string or the JSON body (400)
  // rather than let a query fail later as a server error.
  app.use((req: express.Request, _res: express.Response, next: express.NextFunction) => {
    const inUrl = /%00|\u0000/i.test(req.originalUrl);
    const inBody = req.body !== undefined && JSON.stringify(req.body).includes('\\u0000');
    next(inUrl || inBody ? new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: inUrl ? 'query' : 'body', constraint: 'noNul', message: 'không được chứa ký tự NUL' }] }) : undefined);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  SwaggerModule.setup('docs', app, () => buildDocument(app));
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
