import type { ChainVerifierService, CaseChainResult } from '@hoso/timeline/chain/chain-verifier.service';
import type { CheckpointService, HeadProblem, SignatureStatus } from '@hoso/timeline/checkpoints/checkpoint.service';

export interface BrokenCase {
  caseId: string;
  seq: number;
  reason: string;
}

export interface AuditVerifyReport {
  ok: boolean;
  casesChecked: number;
  eventsChecked: number;
  brokenCount: number;
  /** The first 1000 broken cases (all of them are printed). */
  broken: BrokenCase[];
  checkpoint: {
    id: string;
    takenAt: Date;
    keyId: string;
    signature: SignatureStatus;
    headsChecked: number;
    problemCount: number;
    problems: HeadProblem[];
  } | null;
  elapsedMs: number;
}

const KEEP = 1000;

/** The first problem of a case's chain, as the CLI reports it; undefined when the case is sound. */
export function brokenCase(r: CaseChainResult): BrokenCase | undefined {
  if (r.firstBreak) return { caseId: r.caseId, seq: r.firstBreak.seq, reason: r.firstBreak.reason };
  if (!r.headMatches) return { caseId: r.caseId, seq: Math.min(r.lastSeq + 1, r.version), reason: 'HEAD_MISMATCH' };
  return undefined;
}

/**
 * Verify every chain (or one case's), then the latest checkpoint: its signature over all of its heads, and that
 * each head it signed is still in its case's chain. `print` gets one line per problem, as found, and the summary.
 */
export async function runAuditVerify(
  deps: { verifier: ChainVerifierService; checkpoints: CheckpointService },
  opts: { caseId?: string; clock?: () => number } = {},
  print: (line: string) => void = () => {},
): Promise<AuditVerifyReport> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const broken: BrokenCase[] = [];
  let brokenCount = 0;
  const onCase = (r: CaseChainResult) => {
    const b = brokenCase(r);
    if (!b) return;
    brokenCount++;
    if (broken.length < KEEP) broken.push(b);
    const extra = b.reason === 'HEAD_MISMATCH' ? ` (case version ${r.version}, last event ${r.lastSeq})` : '';
    print(`BROKEN case=${b.caseId} seq=${b.seq} reason=${b.reason}${extra}`);
  };

  let casesChecked = 0;
  let eventsChecked = 0;
  if (opts.caseId) {
    const r = await deps.verifier.verifyCase(opts.caseId);
    if (!r) {
      brokenCount++;
      broken.push({ caseId: opts.caseId, seq: 0, reason: 'CASE_NOT_FOUND' });
      print(`BROKEN case=${opts.caseId} seq=0 reason=CASE_NOT_FOUND`);
    } else {
      casesChecked = 1;
      eventsChecked = r.eventsChecked;
      onCase(r);
    }
  } else {
    const totals = await deps.verifier.verifyAll(onCase);
    casesChecked = totals.casesChecked;
    eventsChecked = totals.eventsChecked;
  }

  let checkpoint: AuditVerifyReport['checkpoint'] = null;
  const latest = await deps.checkpoints.latest();
  if (!latest) {
    print('CHECKPOINT none taken yet: nothing to compare the chains with');
  } else {
    const signature = await deps.checkpoints.verifySignature(latest);
    if (signature !== 'VALID') print(`CHECKPOINT ${latest.id} signature=${signature}`);
    const problems: HeadProblem[] = [];
    let problemCount = 0;
    const headsChecked = await deps.checkpoints.headProblems(
      latest,
      (p) => {
        problemCount++;
        if (problems.length < KEEP) problems.push(p);
        print(`CHECKPOINT-MISMATCH case=${p.caseId} seq=${p.seq} reason=${p.reason}`);
      },
      opts.caseId,
    );
    checkpoint = { id: latest.id, takenAt: latest.takenAt, keyId: latest.keyId, signature, headsChecked, problemCount, problems };
  }

  const elapsedMs = Math.round(clock() - started);
  const ok = brokenCount === 0 && (!checkpoint || (checkpoint.signature === 'VALID' && checkpoint.problemCount === 0));
  print(
    `SUMMARY ${ok ? 'OK' : 'FAILED'}: ${casesChecked} cases, ${eventsChecked} events, ${brokenCount} broken` +
      (checkpoint
        ? `; checkpoint ${checkpoint.id} (${checkpoint.takenAt.toISOString()}, key ${checkpoint.keyId}): signature ${checkpoint.signature}, ` +
          `${checkpoint.headsChecked} heads checked, ${checkpoint.problemCount} no longer present`
        : '; no checkpoint') +
      `; ${elapsedMs} ms`,
  );
  return { ok, casesChecked, eventsChecked, brokenCount, broken, checkpoint, elapsedMs };
}
