import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { CaseQueryService } from '@hoso/cases/services/case-query.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { ChainVerifierService, type CaseChainResult } from '@hoso/timeline/chain/chain-verifier.service';
import { CheckpointService, type HeadProblem, type SignatureStatus } from '@hoso/timeline/checkpoints/checkpoint.service';
import { formatVietnamDateTime } from '../export/vietnam-datetime';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';

const BREAK_LABELS: Record<string, string> = {
  SEQ_GAP: 'thứ tự sự kiện bị đứt quãng',
  PREV_HASH_MISMATCH: 'mã băm liên kết với sự kiện trước không khớp',
  HASH_MISMATCH: 'nội dung sự kiện không khớp với mã băm đã lưu',
};

const CHECKPOINT_LABELS: Record<HeadProblem['reason'], string> = {
  CASE_MISSING: 'vụ việc không còn trong cơ sở dữ liệu',
  EVENT_MISSING: 'chuỗi sự kiện ngắn hơn lúc ký xác nhận',
  HASH_DIFFERS: 'sự kiện tại vị trí đã ký có mã băm khác',
};

const SIGNATURE_LABELS: Record<SignatureStatus, string> = {
  VALID: 'hợp lệ',
  BAD_SIGNATURE: 'chữ ký số không hợp lệ',
  DIGEST_MISMATCH: 'danh sách đầu chuỗi không khớp với bản đã ký',
  COUNT_MISMATCH: 'số vụ việc không khớp với bản đã ký',
  UNTRUSTED_KEY: 'được ký bằng khóa không được tin cậy',
};

export interface CaseVerifyResult {
  caseId: string;
  /** Every link of the chain recomputes. */
  intact: boolean;
  eventsChecked: number;
  /** case.chain_head and case.version agree with the last event. */
  headMatches: boolean;
  firstBreak: { seq: number; reason: string; reasonLabel: string } | null;
  /**
   * The latest signed checkpoint's head for this case; null when no checkpoint includes the case yet. `signature`
   * checks the checkpoint row's signature only: re-digesting every case's head is `npm run audit:verify`'s job.
   */
  checkpoint: {
    id: string;
    takenAt: Date;
    keyId: string;
    seq: number;
    hash: string;
    present: boolean;
    problem: HeadProblem['reason'] | null;
    signature: SignatureStatus;
  } | null;
  /** Everything above is sound. */
  ok: boolean;
  summary: string;
}

/** `GET /cases/:id/timeline/verify`: the chain of one visible case, recomputed and compared with the latest checkpoint. */
@Injectable()
export class TimelineVerifyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly verifier: ChainVerifierService,
    private readonly checkpoints: CheckpointService,
    private readonly accessLog: AccessLogService,
  ) {}

  async verify(user: AuthUser, caseId: string): Promise<CaseVerifyResult> {
    const row = await this.cases.getVisible(user, caseId);
    const result = await this.check(row.id);
    await this.accessLog.record(this.dataSource.manager, {
      caseId: row.id,
      userId: user.id,
      action: AccessAction.VERIFY_TIMELINE,
      details: { ok: result.ok, eventsChecked: result.eventsChecked },
    });
    return result;
  }

  /** The check itself, without the visibility check or the access log (the export calls it too). */
  async check(caseId: string): Promise<CaseVerifyResult> {
    const chain = await this.verifier.verifyCase(caseId);
    if (!chain) throw new DomainError(ErrorCode.CASE_NOT_FOUND, { caseId });
    const latest = await this.checkpoints.latest();
    const head = latest ? await this.checkpoints.headFor(this.dataSource.manager, latest, caseId) : undefined;
    const checkpoint =
      latest && head
        ? {
            id: latest.id,
            takenAt: latest.takenAt,
            keyId: latest.keyId,
            seq: head.seq,
            hash: head.hash,
            present: head.problem === null,
            problem: head.problem,
            signature: this.checkpoints.rowSignature(latest),
          }
        : null;
    return describe(chain, checkpoint);
  }
}

function describe(chain: CaseChainResult, checkpoint: CaseVerifyResult['checkpoint']): CaseVerifyResult {
  const firstBreak = chain.firstBreak
    ? { ...chain.firstBreak, reasonLabel: BREAK_LABELS[chain.firstBreak.reason] ?? chain.firstBreak.reason }
    : null;
  const faults: string[] = [];
  if (firstBreak) faults.push(`chuỗi băm bị phá vỡ tại sự kiện thứ ${firstBreak.seq} (${firstBreak.reasonLabel})`);
  if (!chain.headMatches) {
    faults.push(`phiên bản ${chain.version} và đầu chuỗi của vụ việc không khớp với sự kiện cuối cùng (thứ ${chain.lastSeq})`);
  }
  if (checkpoint && checkpoint.problem) {
    faults.push(
      `sự kiện thứ ${checkpoint.seq} đã được ký xác nhận lúc ${formatVietnamDateTime(checkpoint.takenAt)} không còn nguyên vẹn ` +
        `(${CHECKPOINT_LABELS[checkpoint.problem]})`,
    );
  }
  if (checkpoint && checkpoint.signature !== 'VALID') faults.push(`mốc ký số gần nhất ${SIGNATURE_LABELS[checkpoint.signature]}`);
  const ok = faults.length === 0;
  const summary = ok
    ? `Toàn vẹn: ${chain.eventsChecked} sự kiện, chuỗi băm liên tục và khớp với phiên bản hiện tại của vụ việc` +
      (checkpoint ? `; khớp với mốc ký số lúc ${formatVietnamDateTime(checkpoint.takenAt)} (giờ Việt Nam).` : '; chưa có mốc ký số nào bao gồm vụ việc này.')
    : `KHÔNG toàn vẹn: ${faults.join('; ')}.`;
  return {
    caseId: chain.caseId,
    intact: chain.intact,
    eventsChecked: chain.eventsChecked,
    headMatches: chain.headMatches,
    firstBreak,
    checkpoint,
    ok,
    summary,
  };
}
