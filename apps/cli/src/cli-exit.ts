import { DomainError } from '@hoso/core/errors';

/** A mistake in the command line: the message (if any) and the usage are printed; exit 1, or 0 for --help. */
export class UsageError extends Error {}

/**
 * Runs a command's main and exits with its code. Failures print a message an official can act on and never a stack:
 * a usage error with the usage text, a domain error with its Vietnamese message, code and field problems, anything
 * else after `failurePrefix`.
 */
export function runCli(main: () => Promise<number>, opts: { usage: string; failurePrefix: string; domainPrefix?: string }): void {
  main().then(
    (code) => process.exit(code),
    (err: Error) => {
      if (err instanceof UsageError) {
        if (err.message) console.error(err.message);
        console.error(opts.usage);
        process.exit(err.message ? 1 : 0);
      }
      if (err instanceof DomainError) {
        console.error(opts.domainPrefix ? `${opts.domainPrefix}: ${err.message} (${err.code})` : err.message);
        const fields = (err.details?.fields ?? []) as { field: string; message: string }[];
        for (const f of fields) console.error(`  - ${f.field}: ${f.message}`);
        if (!fields.length && err.details && opts.domainPrefix) console.error(`  ${JSON.stringify(err.details)}`);
        process.exit(1);
      }
      console.error(`${opts.failurePrefix}: ${err.message}`);
      process.exit(1);
    },
  );
}
