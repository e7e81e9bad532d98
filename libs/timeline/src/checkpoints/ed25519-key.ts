import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

// DER prefixes that turn a raw 32-byte Ed25519 seed / public key into PKCS#8 / SPKI, which node:crypto imports.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** A key id names a public key: `ed25519-` and the first 16 hex digits of SHA-256 over the raw key. */
export function keyIdOf(publicKey: Buffer): string {
  return `ed25519-${createHash('sha256').update(publicKey).digest('hex').slice(0, 16)}`;
}

/** An Ed25519 key pair from its 32-byte seed. The private key stays inside this object. */
export class Ed25519Key {
  readonly publicKey: Buffer;
  readonly keyId: string;
  private readonly privateKey: KeyObject;

  constructor(seed: Buffer) {
    if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
    this.privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
    const spki = createPublicKey(this.privateKey).export({ format: 'der', type: 'spki' });
    this.publicKey = Buffer.from(spki.subarray(spki.length - 32));
    this.keyId = keyIdOf(this.publicKey);
  }

  /** Base64 signature over `message`. */
  sign(message: Buffer): string {
    return sign(null, message, this.privateKey).toString('base64');
  }

  // Printing the object must not print the seed.
  toJSON() {
    return { keyId: this.keyId, publicKey: this.publicKey.toString('base64') };
  }
}

/** Checks a base64 signature with a raw base64 public key; false (never a throw) for malformed input. */
export function verifyEd25519(publicKeyBase64: string, message: Buffer, signatureBase64: string): boolean {
  try {
    const raw = Buffer.from(publicKeyBase64, 'base64');
    if (raw.length !== 32) return false;
    const key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
    return verify(null, message, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

/** PEM (SPKI) of a raw public key, for people who check signatures with openssl. */
export function publicKeyPem(publicKey: Buffer): string {
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' })
    .export({ format: 'pem', type: 'spki' })
    .toString();
}
