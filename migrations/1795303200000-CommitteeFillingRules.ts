import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data for filling a grassroots committee from local personnel (bo-sung-cap-uy; ../shared/domain/
// changes-2026.md §5.2, docs/domain/bo-sung-cap-uy.md): which body designates or agrees to an election for a committee
// of each level (the upper-direct committee: inferred); the quorum of a confidence-vote conference (≥ 2/3 present [60],
// title only: unverified); the thresholds of the nomination, confidence and election ballots and the election's quorum
// (not found: settings, rows without a value a committee fills in; the confidence and election ballots cannot be
// counted until it does); the steps' deadlines (not found: settings; a secretary may set a due by hand meanwhile); the
// effective date, fixed by each decision. Also the procedure's two retention settings, empty like every procedure's.

interface Row {
  id: string;
  key: string;
  value: number | null;
  data: unknown;
  unit: string;
  startConvention: 'NEXT_DAY' | 'SAME_DAY' | 'NONE';
  startEvent: string;
  from: string;
  basis: string;
  source: string;
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED' | 'NOT_FOUND' | 'CONFLICT';
  instrument: string | null;
  description: string;
}

const id = (n: number) => `c4b05c00-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HD06 = 'Hướng dẫn 06-HD/TW ngày 09/6/2025 (có nội dung "chỉ định bổ sung hoặc tăng thêm cấp ủy viên"; văn bản chưa đọc được)';
const CHARTER = 'Điều lệ Đảng (2011)';
const SETTING = { value: null, data: null, startConvention: 'NONE' as const, startEvent: '', from: '2011-01-19', confidence: 'NOT_FOUND' as const, instrument: 'Điều lệ Đảng' };
const STEP = { ...SETTING, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' as const, source: '§5.2' };

const BODIES = {
  rows: [
    {
      committeeLevel: 'GRASSROOTS', label: 'Cấp ủy cơ sở: cấp ủy cấp trên trực tiếp (cấp ủy hoặc ban thường vụ) chỉ định, đồng ý cho bầu bổ sung',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'UPPER_GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }],
    },
    {
      committeeLevel: 'SECTION', label: 'Đảng ủy bộ phận: đảng ủy cơ sở (hoặc ban thường vụ) chỉ định, đồng ý cho bầu bổ sung',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }],
    },
    {
      committeeLevel: 'CELL', label: 'Chi ủy chi bộ trực thuộc: đảng ủy cơ sở (hoặc ban thường vụ) chỉ định, đồng ý cho bầu bổ sung',
      bodies: [{ kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }],
    },
  ],
};

const ROWS: Row[] = [
  {
    ...SETTING, id: id(1), key: 'CAP_UY.DECIDING_BODY', data: BODIES, unit: 'TABLE', confidence: 'INFERRED',
    basis: `${CHARTER}; ${HD06}; cấp ủy cấp trên trực tiếp chỉ định bổ sung cấp ủy viên cấp dưới (suy ra; từ 01/7/2025 cấp trên trực tiếp của tổ chức cơ sở đảng là đảng ủy cấp xã, Quy định 294-QĐ/TW)`,
    source: '[27][39][53]',
    description: 'Tổ chức có thẩm quyền chỉ định bổ sung, đồng ý cho bầu bổ sung cấp ủy viên theo cấp của cấp ủy (suy ra, chưa kiểm chứng)',
  },
  {
    ...SETTING, id: id(2), key: 'VOTE.QUORUM_CONFIDENCE', data: { numerator: 2, denominator: 3, strict: false }, unit: 'FRACTION', confidence: 'UNVERIFIED',
    basis: 'Hội nghị lấy phiếu tín nhiệm phải có ít nhất 2/3 số thành viên được triệu tập tham dự (nguồn báo chí, chỉ đọc được tiêu đề; chưa kiểm chứng)',
    source: '[60]',
    description: 'Số cấp ủy viên có mặt tối thiểu tại hội nghị bỏ phiếu giới thiệu, lấy phiếu tín nhiệm: ít nhất hai phần ba tổng số được tính (độ tin cậy thấp)',
  },
  {
    ...SETTING, id: id(3), key: 'CAP_UY.NOMINATION_THRESHOLD', unit: 'FRACTION', basis: `${HD06}; không tìm thấy tỷ lệ phiếu giới thiệu tối thiểu`, source: '§5.2',
    description: 'Tỷ lệ phiếu giới thiệu tối thiểu để được đưa ra lấy phiếu tín nhiệm: chưa tìm thấy; để trống thì giới thiệu người có nhiều phiếu nhất theo số lượng được đồng ý',
  },
  {
    ...SETTING, id: id(4), key: 'CAP_UY.CONFIDENCE_THRESHOLD', unit: 'FRACTION', basis: `${HD06}; không tìm thấy tỷ lệ phiếu tín nhiệm để được đề nghị`, source: '§5.2',
    description: 'Tỷ lệ phiếu tín nhiệm để người được giới thiệu được đề nghị bổ sung: chưa tìm thấy; cấp ủy phải xác nhận trước khi ghi kết quả phiếu tín nhiệm',
  },
  {
    ...SETTING, id: id(5), key: 'CAP_UY.ELECTION_THRESHOLD', unit: 'FRACTION', basis: `${CHARTER}; quy chế bầu cử trong Đảng (chưa đọc được): không tìm thấy tỷ lệ trúng cử khi bầu bổ sung`, source: '§5.2',
    description: 'Tỷ lệ phiếu bầu để trúng cử khi bầu bổ sung cấp ủy viên: chưa tìm thấy; cấp ủy phải xác nhận trước khi ghi kết quả bầu',
  },
  {
    ...SETTING, id: id(6), key: 'VOTE.QUORUM_ELECTION', unit: 'FRACTION', basis: `${CHARTER}; quy chế bầu cử trong Đảng (chưa đọc được): không tìm thấy số người có mặt tối thiểu`, source: '§5.2',
    description: 'Số người có mặt tối thiểu khi bầu bổ sung cấp ủy viên: chưa tìm thấy; để trống thì không kiểm tra, có ghi chú',
  },
  {
    ...STEP, id: id(7), key: 'CAP_UY.UPPER_AGREEMENT', startEvent: 'Ngày báo cáo cấp ủy cấp trên', basis: `${HD06}; thời hạn chưa tìm thấy`,
    description: 'Cấp ủy cấp trên cho ý kiến về chủ trương bổ sung cấp ủy viên: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...STEP, id: id(8), key: 'CAP_UY.APPRAISAL', startEvent: 'Ngày trình hồ sơ nhân sự', basis: `${HD06}; thời hạn chưa tìm thấy`,
    description: 'Ban tổ chức thẩm định hồ sơ nhân sự bổ sung cấp ủy: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...STEP, id: id(9), key: 'CAP_UY.DECISION', startEvent: 'Ngày thẩm định hồ sơ nhân sự', basis: `${HD06}; thời hạn chưa tìm thấy`,
    description: 'Cấp có thẩm quyền quyết định chỉ định hoặc đồng ý cho bầu bổ sung sau thẩm định: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  {
    ...STEP, id: id(10), key: 'CAP_UY.EFFECTIVE', unit: 'CALENDAR_DAYS', startConvention: 'NONE', startEvent: 'Ngày ký quyết định chỉ định (hiệu lực do quyết định ấn định)',
    basis: `${HD06}; ngày có hiệu lực do từng quyết định chỉ định ấn định`, confidence: 'INFERRED',
    description: 'Ngày quyết định chỉ định bổ sung có hiệu lực: do quyết định ấn định (không tính theo số ngày); từ 0 giờ ngày đó người được chỉ định nhận vai trò trong hệ thống',
  },
];

// One setting of each retention kind per procedure (as seeded for the others): empty, kept until a committee sets months.
const RETENTION: [string, string, string][] = [
  [id(11), 'RETENTION.BO_SUNG_CAP_UY', 'Chưa tìm thấy quy định về thời hạn lưu danh tính người cung cấp thông tin'],
  [id(12), 'DOSSIER_RETENTION.BO_SUNG_CAP_UY', 'Chưa tìm thấy quy định về thời hạn lưu nội dung tài liệu hồ sơ'],
];

export class CommitteeFillingRules1795303200000 implements MigrationInterface {
  name = 'CommitteeFillingRules1795303200000';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, NULL, 0, $8, NULL, $9, $10, $11, $12, (SELECT id FROM legal_instrument WHERE code = $13))`,
        [r.id, r.key, r.value, r.data === null ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent,
          r.from, r.basis, r.source, r.confidence, r.description, r.instrument],
      );
    }
    for (const [rowId, key, basis] of RETENTION) {
      const what = key.startsWith('DOSSIER_') ? 'thời hạn giữ nội dung tài liệu trong hồ sơ vụ việc' : 'thời hạn giữ danh tính người cung cấp thông tin';
      await q.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01', $3, 'SETTING', 'NOT_FOUND', $4)`,
        [rowId, key, basis, `Bổ sung cấp ủy: ${what} sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [[...ROWS.map((r) => r.id), ...RETENTION.map(([rowId]) => rowId)]]);
  }
}
