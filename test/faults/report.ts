// The table of faults × invariants (Markdown, so that it can be pasted into docs/BENCHMARKS.md), then what each fault
// did and, for every failed cell, the first offending rows.
import { INVARIANTS, type Check, type Invariant } from './invariants';

export interface Row {
  fault: string;
  what: string;
  note: string;
  /** From the end of the load to the moment nothing was left to do (or the settle limit). */
  caughtUpMs: number;
  caughtUp: boolean;
  acks: number;
  retries: number;
  checks?: Record<Invariant, Check>;
  /** The phase could not run to its checks (the runner's own error, or Ctrl-C). */
  error?: string;
}

const cell = (c: Check | undefined) => (c ? `${c.ok ? 'ok' : '**FAIL**'} ${c.figure}` : '–');

export function rowPassed(r: Row): boolean {
  return !r.error && r.checks !== undefined && INVARIANTS.every((i) => r.checks![i].ok);
}

export function printReport(rows: Row[], header: string, wallMs: number): void {
  const out: string[] = ['', header, ''];
  out.push(`| fault | ${INVARIANTS.join(' | ')} | caught up in |`);
  out.push(`|---|${INVARIANTS.map(() => '---').join('|')}|---|`);
  for (const r of rows) {
    const caught = r.error ? '–' : `${(r.caughtUpMs / 1000).toFixed(1)} s${r.caughtUp ? '' : ' (not)'}`;
    out.push(`| ${r.fault} | ${INVARIANTS.map((i) => cell(r.checks?.[i])).join(' | ')} | ${caught} |`);
  }
  out.push('');
  for (const r of rows) {
    out.push(`- ${r.fault} (${r.what}): ${r.note}; ${r.acks} commands acknowledged during the phase, ${r.retries} retries.`);
    if (r.error) out.push(`  - did not complete: ${r.error}`);
    for (const i of INVARIANTS) {
      const c = r.checks?.[i];
      if (c && !c.ok) for (const p of c.problems) out.push(`  - ${i}: ${p}`);
    }
  }
  const passed = rows.length > 0 && rows.every(rowPassed);
  out.push('', `${passed ? 'PASSED' : 'FAILED'}: ${rows.filter(rowPassed).length} of ${rows.length} faults with every invariant holding; ${(wallMs / 1000).toFixed(0)} s in all.`, '');
  console.log(out.join('\n'));
}
