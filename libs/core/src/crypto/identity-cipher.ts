import { createHash } from 'node:crypto';
import { Logger, type Provider } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '../config';
import { FieldCipher, parseKeyring } from './field-cipher';

/** Injection token of the FieldCipher that seals reporters' identities. */
export const IDENTITY_CIPHER = Symbol('IDENTITY_CIPHER');

// Without IDENTITY_KEYS (development and tests only; production refuses to boot): a fixed, public key, so a first
// run works and restarts can still read what they wrote. Values under it are labelled "dev" and are not secret.
const DEV_KEY_ID = 'dev';
const devKey = () => createHash('sha256').update('hoso development identity key: not a secret').digest();

export function identityCipherFrom(config: EnvDto): FieldCipher {
  if (!config.IDENTITY_KEYS) {
    new Logger('Identity').warn('IDENTITY_KEYS is not set: reporter identities are sealed with the public development key.');
    return new FieldCipher(new Map([[DEV_KEY_ID, devKey()]]), DEV_KEY_ID);
  }
  const ring = parseKeyring(config.IDENTITY_KEYS);
  return new FieldCipher(ring, config.IDENTITY_KEY_ID ?? [...ring.keys()][0]);
}

export const identityCipherProvider: Provider = {
  provide: IDENTITY_CIPHER,
  inject: [APP_CONFIG],
  useFactory: identityCipherFrom,
};
