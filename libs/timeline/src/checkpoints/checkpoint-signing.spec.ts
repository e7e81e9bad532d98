import { createPublicKey, verify } from 'node:crypto';
import { checkpointMessage, HeadsDigest, type SignedCheckpointFields } from './checkpoint-digest';
import { CheckpointSigner } from './checkpoint-signer.service';
import { Ed25519Key, publicKeyPem, verifyEd25519 } from './ed25519-key';

const SEED = Buffer.alloc(32, 1);
const fields: SignedCheckpointFields = {
  id: '0f6d2c34-1111-4222-8333-444455556666',
  takenAt: new Date('2026-11-21T18:00:00Z'),
  scheduledFor: '2026-11-22',
  caseCount: 2,
  eventCount: 7,
  digest: 'cd'.repeat(32),
  keyId: new Ed25519Key(SEED).keyId,
};

describe('checkpoint signing', () => {
  it('signs with the seed and verifies with the published public key, also through openssl-style PEM', () => {
    const key = new Ed25519Key(SEED);
    const sig = key.sign(checkpointMessage(fields));
    expect(verifyEd25519(key.publicKey.toString('base64'), checkpointMessage(fields), sig)).toBe(true);
    expect(verify(null, checkpointMessage(fields), createPublicKey(publicKeyPem(key.publicKey)), Buffer.from(sig, 'base64'))).toBe(true);
  });

  it.each([
    ['caseCount', { caseCount: 3 }],
    ['eventCount', { eventCount: 6 }],
    ['digest', { digest: 'ce' + 'cd'.repeat(31) }],
    ['takenAt', { takenAt: new Date('2026-11-21T18:00:00.001Z') }],
    ['scheduledFor', { scheduledFor: null }],
  ])('refuses the signature once %s is changed', (_name, change) => {
    const key = new Ed25519Key(SEED);
    const sig = key.sign(checkpointMessage(fields));
    expect(verifyEd25519(key.publicKey.toString('base64'), checkpointMessage({ ...fields, ...change }), sig)).toBe(false);
  });

  it('refuses another key and malformed input without throwing', () => {
    const sig = new Ed25519Key(SEED).sign(checkpointMessage(fields));
    const other = new Ed25519Key(Buffer.alloc(32, 2));
    expect(verifyEd25519(other.publicKey.toString('base64'), checkpointMessage(fields), sig)).toBe(false);
    expect(verifyEd25519('not-a-key', checkpointMessage(fields), sig)).toBe(false);
    expect(verifyEd25519(other.publicKey.toString('base64'), checkpointMessage(fields), 'xx')).toBe(false);
  });

  it('digests the heads in order: another order, seq or hash gives another digest', () => {
    const d = (heads: [string, number, string][]) => {
      const h = new HeadsDigest();
      for (const [c, s, x] of heads) h.add(c, s, x);
      return h.hex();
    };
    const a: [string, number, string] = ['a', 1, 'x'];
    const b: [string, number, string] = ['b', 2, 'y'];
    expect(d([a, b])).toBe(d([a, b]));
    expect(d([a, b])).not.toBe(d([b, a]));
    expect(d([a, b])).not.toBe(d([a, ['b', 3, 'y']]));
    expect(d([a, b])).not.toBe(d([a, ['b', 2, 'z']]));
  });

  it('uses the configured key, warns of the development key, and trusts retired keys by their public key only', () => {
    const current = new CheckpointSigner({ NODE_ENV: 'test', AUDIT_SIGNING_KEY: SEED.toString('base64') });
    expect(current.development).toBe(false);
    expect(current.key.keyId).toBe(new Ed25519Key(SEED).keyId);
    expect(JSON.stringify(current.key)).not.toContain(SEED.toString('base64'));

    const retired = new Ed25519Key(Buffer.alloc(32, 3));
    const rotated = new CheckpointSigner({
      NODE_ENV: 'test',
      AUDIT_SIGNING_KEY: Buffer.alloc(32, 4).toString('base64'),
      AUDIT_TRUSTED_PUBLIC_KEYS: retired.publicKey.toString('base64'),
    });
    expect(rotated.trustedKey(retired.keyId)).toEqual({ keyId: retired.keyId, publicKey: retired.publicKey.toString('base64'), current: false });
    expect(rotated.trustedKey(current.key.keyId)).toBeUndefined();

    const dev = new CheckpointSigner({ NODE_ENV: 'development' });
    expect(dev.development).toBe(true);
    expect(() => new CheckpointSigner({ NODE_ENV: 'production' })).toThrow(/AUDIT_SIGNING_KEY/);
  });
});
