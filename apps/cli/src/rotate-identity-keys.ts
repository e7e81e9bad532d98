// `npm run identity:rotate`: re-seal every reporter identity under the active key (IDENTITY_KEY_ID), in batches,
// printing progress. Run it after adding a new key to IDENTITY_KEYS and making it active; when it reports 0
// remaining, the old key may be removed from the ring. Without DATABASE_URL it opens the embedded database
// (stop `npm start` first: PGlite serves one process).
import 'reflect-metadata';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { ReporterIdentityService } from '@hoso/cases/services/reporter-identity.service';
import { loadConfig } from '@hoso/core/config';
import { identityCipherFrom } from '@hoso/core/crypto';
import { openDatabase, startEmbeddedPostgres } from '@hoso/core/database';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { SCHEMA } from '../../../migrations/schema';

const BATCH = 200;

async function main(): Promise<number> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: config.EMBEDDED_DATA_DIR, port: 0 });
  const ds = await openDatabase(config.DATABASE_URL ?? embedded!.url, SCHEMA, 2);
  try {
    const cipher = identityCipherFrom(config);
    const service = new ReporterIdentityService(cipher, new AccessLogService());
    let total = 0;
    for (;;) {
      const { resealed, remaining } = await ds.transaction((m) => service.rotateBatch(m, BATCH));
      total += resealed;
      console.log(`re-sealed ${total} identities under key "${cipher.activeKeyId}", ${remaining} remaining`);
      if (resealed === 0 || remaining === 0) {
        await new AuditLogService().record(ds.manager, null, 'IDENTITY_KEYS_ROTATED', 'Xoay vòng khóa mã hóa danh tính', {
          activeKeyId: cipher.activeKeyId, resealed: total, remaining,
        });
        return remaining === 0 ? 0 : 1;
      }
    }
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    // The message only: keyring errors name key ids, never keys.
    console.error(`rotation failed: ${err.message}`);
    process.exit(2);
  },
);
