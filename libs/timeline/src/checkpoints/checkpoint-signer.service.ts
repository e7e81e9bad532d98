import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { Ed25519Key, keyIdOf } from './ed25519-key';

// Public on purpose: anyone can sign with it, so a checkpoint signed with it proves nothing. It exists so that
// development and tests run without a secret; production refuses to start without AUDIT_SIGNING_KEY.
const DEVELOPMENT_SEED = createHash('sha256').update('hoso development checkpoint key - NOT SECRET, NOT FOR PRODUCTION').digest();

export interface TrustedKey {
  keyId: string;
  publicKey: string;
  current: boolean;
}

/** The checkpoint signing key (from AUDIT_SIGNING_KEY) and the public keys whose signatures are trusted. */
@Injectable()
export class CheckpointSigner {
  readonly key: Ed25519Key;
  readonly development: boolean;
  private readonly trusted = new Map<string, TrustedKey>();

  constructor(@Inject(APP_CONFIG) config: Pick<EnvDto, 'NODE_ENV' | 'AUDIT_SIGNING_KEY' | 'AUDIT_TRUSTED_PUBLIC_KEYS'>) {
    this.development = !config.AUDIT_SIGNING_KEY;
    if (this.development && config.NODE_ENV === 'production') throw new Error('AUDIT_SIGNING_KEY is required in production');
    this.key = new Ed25519Key(config.AUDIT_SIGNING_KEY ? Buffer.from(config.AUDIT_SIGNING_KEY, 'base64') : DEVELOPMENT_SEED);
    if (this.development) {
      new Logger('Audit').warn(
        `AUDIT_SIGNING_KEY is not set: checkpoints are signed with the public DEVELOPMENT key ${this.key.keyId}; they prove nothing`,
      );
    }
    this.trusted.set(this.key.keyId, { keyId: this.key.keyId, publicKey: this.key.publicKey.toString('base64'), current: true });
    for (const b64 of (config.AUDIT_TRUSTED_PUBLIC_KEYS ?? '').split(',').filter(Boolean)) {
      const keyId = keyIdOf(Buffer.from(b64, 'base64'));
      if (!this.trusted.has(keyId)) this.trusted.set(keyId, { keyId, publicKey: b64, current: false });
    }
  }

  /** The trusted public key with this id, or undefined: a key only found in the database is not trusted. */
  trustedKey(keyId: string): TrustedKey | undefined {
    return this.trusted.get(keyId);
  }

  trustedKeys(): TrustedKey[] {
    return [...this.trusted.values()];
  }
}
