// npm run audit:checkpoint: take a signed checkpoint of every case's chain head now.
import 'reflect-metadata';
import { openCliContext } from './cli-context';

async function main(): Promise<void> {
  const ctx = await openCliContext();
  try {
    const c = await ctx.checkpoints.take();
    if (!c) throw new Error('no checkpoint was taken');
    console.log(
      `CHECKPOINT ${c.id} taken at ${c.takenAt.toISOString()}: ${c.caseCount} cases, ${c.eventCount} events, digest ${c.digest}, key ${c.keyId}`,
    );
  } finally {
    await ctx.close();
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(`audit:checkpoint failed: ${err.message}`);
    process.exit(2);
  },
);
