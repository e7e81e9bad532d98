import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';

/** Every setting the service reads, validated once at boot. Only the config module reads process.env. */
export class EnvDto {
  @IsIn(['development', 'production', 'test']) NODE_ENV: 'development' | 'production' | 'test' = 'development';
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) PORT = 3000;
  @Type(() => String) @IsString() HOST = '127.0.0.1';
  // Absent: the embedded PostgreSQL (PGlite) is started in process.
  @IsOptional() @Matches(/^postgres(ql)?:\/\//) DATABASE_URL?: string;
  // Absent: BullMQ runs on its PostgreSQL backend in the same database.
  @IsOptional() @Matches(/^rediss?:\/\//) REDIS_URL?: string;
  @IsOptional() @IsString() @MinLength(32) AUTH_TOKEN_SECRET?: string;
  // Short: a role change or a logout also ends access tokens at once, but a stolen one is useful for this long at most.
  @Type(() => Number) @IsInt() @Min(60) @Max(86400) ACCESS_TOKEN_TTL_SECONDS = 900;
  // Lifetime of a login session (its refresh token family), from the login; rotation does not extend it.
  @Type(() => Number) @IsInt() @Min(300) @Max(2_592_000) REFRESH_TOKEN_TTL_SECONDS = 28_800;
  // Consecutive failed logins for one username before it is locked, and for how long.
  @Type(() => Number) @IsInt() @Min(1) @Max(100) LOGIN_MAX_FAILURES = 5;
  @Type(() => Number) @IsInt() @Min(1) @Max(86_400) LOGIN_LOCKOUT_SECONDS = 900;
  // POST /auth/login requests per client IP per minute (kept in memory, per process).
  @Type(() => Number) @IsInt() @Min(1) @Max(100_000) LOGIN_RATE_LIMIT_PER_MINUTE = 20;
  // Which proxies in front of the API to believe about the client's address (X-Forwarded-For), for the per-address
  // login limit and the logs: empty (none, the default), a number of hops, or names / addresses / CIDRs
  // (loopback, uniquelocal, 10.0.0.0/8, …) as Express's "trust proxy" takes them.
  @Matches(/^$|^[1-9]$|^(loopback|linklocal|uniquelocal|[0-9A-Fa-f]*[.:][0-9A-Fa-f.:]*(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9A-Fa-f]*[.:][0-9A-Fa-f.:]*(\/\d{1,3})?))*$/) TRUST_PROXY = '';
  // Exact origins allowed to call the API from a browser, comma-separated; empty: no CORS headers at all.
  @Matches(/^$|^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\s*,\s*https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?)*$/) CORS_ORIGINS = '';
  @IsString() EMBEDDED_DATA_DIR = '.data/pglite';
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) EMBEDDED_PG_PORT = 5499;
  @Type(() => Number) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE = 20;
  @Matches(/^\d+(kb|mb)$/) BODY_LIMIT = '256kb';
  // Dossier documents sent as multipart/form-data are streamed past BODY_LIMIT up to this size, into DOCUMENT_DIR.
  @Type(() => Number) @IsInt() @Min(1024) @Max(1_073_741_824) UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
  @IsString() @MinLength(1) DOCUMENT_DIR = '.data/documents';
  // The built web application (apps/web, `npm run build`), served at / by the API; empty: not served.
  @IsString() WEB_DIR = 'apps/web/dist';
  @IsIn(['error', 'warn', 'log', 'debug', 'verbose']) LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';
  @Type(() => Boolean) @IsBoolean() SEED_DEMO = false;
  @IsString() BULLMQ_PREFIX = 'hoso';
  // Working days before a deadline on which to remind (besides the due day itself and the escalation after it).
  @Matches(/^\d{1,2}(,\d{1,2})*$|^$/) REMINDER_WORKING_DAYS = '3,1';
  // How often the worker arms new deadlines and checks that the queue still holds them (reconciler).
  @Type(() => Number) @IsInt() @Min(200) @Max(600_000) DEADLINE_ARM_EVERY_MS = 2000;
  // Notification channels: each one is enabled only when configured. `= undefined` makes the optional keys known
  // to loadConfig, which reads only the keys a fresh EnvDto has.
  // smtp:// or smtps://, credentials inside (a secret: never logged).
  @IsOptional() @Matches(/^smtps?:\/\/[^\s]+$/) SMTP_URL?: string = undefined;
  @IsString() @MinLength(3) @MaxLength(300) SMTP_FROM = 'hoso <no-reply@localhost>';
  @IsOptional() @Matches(/^https?:\/\/[^\s]+$/) WEBHOOK_URL?: string = undefined;
  // HMAC key for the webhook's signature, ≥ 32 chars; required when WEBHOOK_URL is set.
  @ValidateIf((o: EnvDto) => o.WEBHOOK_URL !== undefined || o.WEBHOOK_SECRET !== undefined) @IsString() @MinLength(32)
  WEBHOOK_SECRET?: string = undefined;
  // First retry delay of a failed channel delivery; it doubles on each of the 8 attempts.
  @Type(() => Number) @IsInt() @Min(10) @Max(600_000) CHANNEL_RETRY_BASE_MS = 2000;
  // Keys sealing reporters' identities (AES-256-GCM): `id:base64-32-bytes`, comma-separated; required in production.
  // IDENTITY_KEY_ID names the key that seals new values (default: the first); the others still open old values
  // until `npm run identity:rotate` re-seals them.
  @IsOptional() @IsString() IDENTITY_KEYS?: string = undefined;
  @IsOptional() @Matches(/^[A-Za-z0-9_-]{1,32}$/) IDENTITY_KEY_ID?: string = undefined;
  // A sweep purges the identities of archived cases whose retention period (rule RETENTION.<procedure>) ended.
  @Type(() => Number) @IsInt() @Min(60_000) @Max(7 * 86_400_000) RETENTION_SWEEP_EVERY_MS = 3_600_000;
  // Signing key of the chain checkpoints: a base64 32-byte Ed25519 seed (a secret: never logged). Required in
  // production; elsewhere a well-known development key is used, with a warning.
  @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=$/) AUDIT_SIGNING_KEY?: string = undefined;
  // Public keys (base64, 32 bytes) of retired signing keys whose checkpoints are still trusted, comma-separated.
  @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/) AUDIT_TRUSTED_PUBLIC_KEYS?: string = undefined;
  // When the worker takes the daily checkpoint: a cron pattern in Vietnam time.
  @Matches(/^[\d*/,-]+( [\d*/,-]+){4,5}$/) AUDIT_CHECKPOINT_CRON = '0 1 * * *';
  // Bearer token of the Prometheus scraper on GET /metrics (≥ 32 chars; a secret: never logged); unset: /metrics is 404.
  @IsOptional() @IsString() @MinLength(32) METRICS_TOKEN?: string = undefined;
  // The worker process (npm run start:worker) serves its own /metrics on this port when set, with the same token.
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(65535) METRICS_PORT?: number = undefined;
}
