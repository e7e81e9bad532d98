import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import type { EnvDto } from '@hoso/core/config';
import { AllExceptionsFilter, createValidationPipe, DomainError, ErrorCode } from '@hoso/core/errors';
import { correlationId } from '@hoso/core/logging/correlation-id.middleware';

/** Everything about HTTP that is not a route: headers, body limits, validation, errors, OpenAPI. */
export function configureHttp(app: INestApplication, config: EnvDto): void {
  app.use(correlationId);
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
    next(hasBody && !req.is('application/json') ? new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE) : undefined);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  const doc = new DocumentBuilder()
    .setTitle('hoso – Hồ sơ vụ việc của cấp ủy')
    .setDescription('API quản lý vụ việc theo Quy định 1374-QĐ/TU và các quy trình liên quan. Lỗi trả về mã ổn định (code) và thông điệp tiếng Việt.')
    .setVersion('0.1.0')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, doc));
}
