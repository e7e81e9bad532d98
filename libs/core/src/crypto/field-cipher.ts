import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class KeyringError extends Error {}

/** A value sealed under one key: the key id travels with it so keys can rotate. */
export interface Sealed {
  keyId: string;
  /** iv (12 bytes) ‖ GCM tag (16 bytes) ‖ ciphertext. */
  blob: Buffer;
}

/**
 * Parse `id:base64key,id:base64key…` (each key exactly 32 bytes). The active key seals new values; every key in
 * the ring can still open values sealed under it until a rotation re-seals them.
 */
export function parseKeyring(spec: string): Map<string, Buffer> {
  const ring = new Map<string, Buffer>();
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const sep = part.indexOf(':');
    const id = part.slice(0, sep);
    const key = Buffer.from(part.slice(sep + 1), 'base64');
    // Messages name the key id, never the key.
    if (sep <= 0 || !KEY_ID.test(id)) throw new KeyringError(`Invalid key id in keyring entry ${ring.size + 1}`);
    if (key.length !== 32) throw new KeyringError(`Key "${id}" must be 32 bytes (base64)`);
    if (ring.has(id)) throw new KeyringError(`Key "${id}" is listed twice`);
    ring.set(id, key);
  }
  if (ring.size === 0) throw new KeyringError('The keyring is empty');
  return ring;
}

/**
 * AES-256-GCM for personal fields. The associated data binds a value to where it belongs (e.g. case id and field
 * name), so a ciphertext copied onto another case or field does not open.
 */
export class FieldCipher {
  constructor(
    private readonly ring: ReadonlyMap<string, Buffer>,
    readonly activeKeyId: string,
  ) {
    if (!ring.has(activeKeyId)) throw new KeyringError(`The active key "${activeKeyId}" is not in the keyring`);
  }

  seal(plain: Buffer, aad: string): Sealed {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.ring.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return { keyId: this.activeKeyId, blob: Buffer.concat([iv, cipher.getAuthTag(), body]) };
  }

  /** Throws when the key is unknown, the blob was altered, or it belongs elsewhere (other aad). */
  open(sealed: Sealed, aad: string): Buffer {
    const key = this.ring.get(sealed.keyId);
    if (!key) throw new KeyringError(`Key "${sealed.keyId}" is not in the keyring`);
    if (sealed.blob.length < IV_BYTES + TAG_BYTES) throw new KeyringError('Sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.blob.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.blob.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.blob.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }

  sealJson(value: unknown, aad: string): Sealed {
    return this.seal(Buffer.from(JSON.stringify(value), 'utf8'), aad);
  }

  openJson<T>(sealed: Sealed, aad: string): T {
    return JSON.parse(this.open(sealed, aad).toString('utf8')) as T;
  }
}
