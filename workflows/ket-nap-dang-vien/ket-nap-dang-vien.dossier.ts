// The admission dossier stage by stage (docs/domain/procedures.md §9.3, 12-HD/BTCTW 2022 [S35][S36][S37][S38][S48]): which form
// codes must be among the case's uploaded documents before each step. Data first, so the service can validate an
// upload's form code against the same list the machine checks.
import type { DossierItemFact } from '../shared/facts';

export const FORM_CODES = [
  'CN-NTVĐ', '1-KNĐ', '2-KNĐ', '3-KNĐ', '3A-KNĐ', '4-KNĐ', '4A-KNĐ', '5-KNĐ', '5B-KNĐ', '5C-KNĐ', '6-KNĐ', '7-KNĐ', '8-KNĐ', '9-KNĐ',
  '10-KNĐ', '11-KNĐ', '12-KNĐ', '13-KNĐ', '14-KNĐ', '15-KNĐ', '16-KNĐ', 'LLCT-DVM',
] as const;
export type FormCode = (typeof FORM_CODES)[number];

export const FORM_LABELS: Record<FormCode, string> = {
  'CN-NTVĐ': 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
  '1-KNĐ': 'Đơn xin vào Đảng',
  '2-KNĐ': 'Lý lịch của người xin vào Đảng',
  '3-KNĐ': 'Giấy giới thiệu người vào Đảng (của đảng viên chính thức)',
  '3A-KNĐ': 'Giấy giới thiệu người vào Đảng (mẫu cũ, hai đảng viên giới thiệu)',
  '4-KNĐ': 'Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng (Đoàn TNCS Hồ Chí Minh)',
  '4A-KNĐ': 'Nghị quyết giới thiệu đoàn viên công đoàn ưu tú vào Đảng (Công đoàn cơ sở)',
  '5-KNĐ': 'Tổng hợp ý kiến nhận xét của tổ chức đoàn thể và chi ủy nơi cư trú',
  '5B-KNĐ': 'Phiếu nhận xét của chi ủy, chi bộ nơi cư trú',
  '5C-KNĐ': 'Phiếu nhận xét của tổ chức đoàn thể nơi làm việc',
  '6-KNĐ': 'Nghị quyết của chi bộ đề nghị kết nạp đảng viên',
  '7-KNĐ': 'Báo cáo thẩm định của đảng ủy bộ phận',
  '8-KNĐ': 'Nghị quyết của đảng ủy cơ sở đề nghị kết nạp đảng viên',
  '9-KNĐ': 'Quyết định kết nạp đảng viên',
  '10-KNĐ': 'Bản tự kiểm điểm của đảng viên dự bị',
  '11-KNĐ': 'Bản nhận xét của đảng viên được phân công giúp đỡ',
  '12-KNĐ': 'Tổng hợp ý kiến nhận xét của tổ chức đoàn thể và chi ủy nơi cư trú đối với đảng viên dự bị',
  '13-KNĐ': 'Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức',
  '14-KNĐ': 'Báo cáo thẩm định của đảng ủy bộ phận (công nhận chính thức; số mẫu suy ra)',
  '15-KNĐ': 'Nghị quyết của đảng ủy cơ sở đề nghị công nhận đảng viên chính thức',
  '16-KNĐ': 'Quyết định công nhận đảng viên chính thức (số mẫu suy ra)',
  'LLCT-DVM': 'Giấy chứng nhận bồi dưỡng lý luận chính trị cho đảng viên mới',
};

/** The steps that check the dossier. */
export const DOSSIER_STAGES = [
  'verification', 'cellVote', 'grassrootsVote', 'admissionDecision', 'recognitionVote', 'strikeOffVote', 'recognitionDecision',
] as const;
export type DossierStage = (typeof DOSSIER_STAGES)[number];

/** When a requirement applies (otherwise always). */
export type DossierCondition = 'UNION_INTRODUCED' | 'SECTION_COMMITTEE';

export interface DossierRequirement {
  /** Any of these codes satisfies the item (e.g. a Youth Union or a trade-union resolution). */
  codes: readonly FormCode[];
  /** ONE document, or one per party-member introducer (at least one). */
  count: 'ONE' | 'PER_MEMBER_INTRODUCER';
  /** Must be stamped across pages (đóng dấu giáp lai, §9.6). */
  stamped?: boolean;
  when?: DossierCondition;
}

/**
 * What must be uploaded before each step. Documents a step itself produces (6-KNĐ by the cell vote, 9-KNĐ by the
 * decision…) are required by the next one.
 */
export const ADMISSION_DOSSIER: Readonly<Record<DossierStage, readonly DossierRequirement[]>> = {
  // The background is checked and stamped across pages before verification starts (§9.6 [S45][S18]).
  verification: [{ codes: ['2-KNĐ'], count: 'ONE', stamped: true }],
  cellVote: [
    { codes: ['CN-NTVĐ'], count: 'ONE' },
    { codes: ['1-KNĐ'], count: 'ONE' },
    { codes: ['2-KNĐ'], count: 'ONE', stamped: true },
    { codes: ['3-KNĐ'], count: 'PER_MEMBER_INTRODUCER' },
    { codes: ['4-KNĐ', '4A-KNĐ'], count: 'ONE', when: 'UNION_INTRODUCED' },
    { codes: ['5-KNĐ'], count: 'ONE' },
  ],
  grassrootsVote: [
    { codes: ['6-KNĐ'], count: 'ONE' },
    { codes: ['7-KNĐ'], count: 'ONE', when: 'SECTION_COMMITTEE' },
  ],
  admissionDecision: [{ codes: ['8-KNĐ'], count: 'ONE' }],
  recognitionVote: [
    { codes: ['10-KNĐ'], count: 'ONE' },
    { codes: ['11-KNĐ'], count: 'ONE' },
    { codes: ['12-KNĐ'], count: 'ONE' },
    { codes: ['LLCT-DVM'], count: 'ONE' },
  ],
  // Striking off is considered on the same review documents; the theory course is not a condition for it.
  strikeOffVote: [
    { codes: ['10-KNĐ'], count: 'ONE' },
    { codes: ['11-KNĐ'], count: 'ONE' },
    { codes: ['12-KNĐ'], count: 'ONE' },
  ],
  recognitionDecision: [
    { codes: ['13-KNĐ'], count: 'ONE' },
    { codes: ['14-KNĐ'], count: 'ONE', when: 'SECTION_COMMITTEE' },
    { codes: ['15-KNĐ'], count: 'ONE' },
  ],
};

export interface DossierConditions {
  /** A Youth Union or trade-union executive introduced the applicant. */
  unionIntroduced: boolean;
  /** Party members among the current introducers. */
  memberIntroducers: number;
  hasSectionCommittee: boolean;
}

export interface MissingDossierItem {
  codes: readonly FormCode[];
  needed: number;
  /** Documents with one of the codes (stamped ones only, when stamping is required). */
  found: number;
  /** Documents found but not stamped across pages. */
  unstamped: number;
}

const normal = (code: string): string => code.normalize('NFC').trim().toUpperCase();

/** The items a stage needs under the case's conditions. */
export function dossierChecklist(stage: DossierStage, conditions: DossierConditions): { requirement: DossierRequirement; needed: number }[] {
  return ADMISSION_DOSSIER[stage]
    .filter((r) => r.when === undefined || (r.when === 'UNION_INTRODUCED' ? conditions.unionIntroduced : conditions.hasSectionCommittee))
    .map((requirement) => ({ requirement, needed: requirement.count === 'ONE' ? 1 : Math.max(1, conditions.memberIntroducers) }));
}

/** Pure: what the stage still lacks among the uploaded documents (empty when complete). */
export function missingDossierItems(stage: DossierStage, conditions: DossierConditions, items: readonly DossierItemFact[]): MissingDossierItem[] {
  const missing: MissingDossierItem[] = [];
  for (const { requirement, needed } of dossierChecklist(stage, conditions)) {
    const codes = new Set(requirement.codes.map(normal));
    const matching = items.filter((i) => codes.has(normal(i.formCode)));
    const usable = requirement.stamped ? matching.filter((i) => i.stampedAcrossPages) : matching;
    if (usable.length < needed) {
      missing.push({ codes: requirement.codes, needed, found: usable.length, unstamped: matching.length - usable.length });
    }
  }
  return missing;
}

/** Vietnamese list naming each missing form code, e.g. "1-KNĐ (Đơn xin vào Đảng); 3-KNĐ (cần 2, mới có 1)". */
export function missingDossierText(missing: readonly MissingDossierItem[]): string {
  return missing
    .map((m) => {
      const name = m.codes.join(' hoặc ');
      const label = m.codes.length === 1 ? ` (${FORM_LABELS[m.codes[0]]})` : '';
      const count = m.needed > 1 ? `, cần ${m.needed}, mới có ${m.found}` : '';
      const stamp = m.unstamped > 0 ? `, có ${m.unstamped} bản chưa đóng dấu giáp lai` : '';
      return `${name}${label}${count}${stamp}`;
    })
    .join('; ');
}
