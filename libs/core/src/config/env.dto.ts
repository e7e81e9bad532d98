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
  @Type(() => Number) @IsInt() @Min(60) @Max(86400) ACCESS_TOKEN_TTL_SECONDS = 3600;
  @IsString() EMBEDDED_DATA_DIR = '.data/pglite';
  @Type(() => Number) @IsInt() @Min(0) @Max(65535) EMBEDDED_PG_PORT = 5499;
  @Type(() => Number) @IsInt() @Min(1) @Max(200) DB_POOL_SIZE = 20;
  @Matches(/^\d+(kb|mb)$/) BODY_LIMIT = '256kb';
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
}
