import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvDto } from './env.dto';

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

const BOOLEAN_KEYS = new Set(['SEED_DEMO']);

/**
 * Validate the environment once. `overrides` lets the embedded launcher and tests supply values (e.g. the
 * loopback URL of the in-process PostgreSQL) without touching process.env. Messages name the variable, never
 * its value, so secrets are not printed.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<EnvDto> = {}): EnvDto {
  const known = Object.keys(new EnvDto());
  const picked: Record<string, unknown> = {};
  for (const key of [...known, 'DATABASE_URL', 'REDIS_URL', 'AUTH_TOKEN_SECRET']) {
    const raw = env[key];
    if (raw === undefined || raw === '') continue;
    picked[key] = BOOLEAN_KEYS.has(key) ? raw === 'true' || raw === '1' : raw;
  }
  const config = plainToInstance(EnvDto, { ...picked, ...overrides });
  const errors = validateSync(config, { whitelist: true });
  if (errors.length > 0) {
    const names = errors.map((e) => e.property).join(', ');
    throw new ConfigError(`Invalid configuration: ${names}`);
  }
  if (config.NODE_ENV === 'production' && !config.AUTH_TOKEN_SECRET) {
    throw new ConfigError('Invalid configuration: AUTH_TOKEN_SECRET is required in production');
  }
  if (config.NODE_ENV === 'production' && !config.IDENTITY_KEYS) {
    throw new ConfigError('Invalid configuration: IDENTITY_KEYS is required in production');
  }
  if (config.NODE_ENV === 'production' && !config.AUDIT_SIGNING_KEY) {
    throw new ConfigError('Invalid configuration: AUDIT_SIGNING_KEY is required in production');
  }
  return config;
}
