// npm run audit:verify [-- --case <uuid>]: recompute every case's hash chain (or one) and check the latest signed
// checkpoint. Exit code 0 only when everything is intact; 1 when something is broken; 2 when it could not run.
import 'reflect-metadata';
import { runAuditVerify } from '@hoso/audit/verify/audit-verify';
import { openCliContext } from './cli-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseArgs(argv: string[]): { caseId?: string } {
  const out: { caseId?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--case' && UUID.test(argv[i + 1] ?? '')) out.caseId = argv[++i].toLowerCase();
    else throw new Error(`usage: audit:verify [--case <uuid>] (unexpected "${argv[i].slice(0, 40)}")`);
  }
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const ctx = await openCliContext();
  try {
    const report = await runAuditVerify(ctx, args, (line) => console.log(line));
    return report.ok ? 0 : 1;
  } finally {
    await ctx.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`audit:verify failed: ${err.message}`);
    process.exit(2);
  },
);
