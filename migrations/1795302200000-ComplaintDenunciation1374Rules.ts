import { MigrationInterface, QueryRunner } from 'typeorm';

// Rules as dated data (issue 13) for complaints, denunciations, inspections and Quy định 1374
// (../shared/domain/changes-2026.md §2, §3.5, §3.6, §3.10, §3.11, §4 K20–K25, §7): the level ladder, the final instance
// per form, the grounds lists, the denunciation deadlines of every level and the congress window, the inspection
// deadlines (not found), the 1374 sources; dated versions where the law changed (a district level until 1/7/2025,
// 22-QĐ/TW until 296-QĐ/TW). A value not found is a NULL row with confidence NOT_FOUND. Also seed repairs of earlier
// rows (LegalTimeData), each stated where it is made.

const ALL_LEVELS = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'];
const BELOW_CENTRAL = ALL_LEVELS.filter((l) => l !== 'CENTRAL');
const ALL_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'];

function ladder(upperGrassroots: string) {
  return {
    rows: [
      { level: 'CELL', upperDirect: 'GRASSROOTS', handlesComplaints: false, label: 'Chi bộ trực thuộc (cấp trên trực tiếp: đảng ủy cơ sở, hoặc đảng ủy bộ phận khi ghi rõ)' },
      { level: 'SECTION', upperDirect: 'GRASSROOTS', handlesComplaints: false, label: 'Đảng ủy bộ phận' },
      { level: 'GRASSROOTS', upperDirect: 'UPPER_GRASSROOTS', handlesComplaints: true, label: 'Đảng ủy cơ sở, chi bộ cơ sở' },
      { level: 'UPPER_GRASSROOTS', upperDirect: 'PROVINCIAL', handlesComplaints: true, label: upperGrassroots },
      { level: 'PROVINCIAL', upperDirect: 'CENTRAL', handlesComplaints: true, label: 'Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương' },
      { level: 'CENTRAL', upperDirect: null, handlesComplaints: true, label: 'Trung ương' },
    ],
  };
}

const FINAL_INSTANCES = {
  rows: [
    { decidedAtLevels: BELOW_CENTRAL, forms: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC'], final: { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' }, label: 'Ủy ban Kiểm tra Trung ương' },
    { decidedAtLevels: BELOW_CENTRAL, forms: ['KHAI_TRU'], final: { kind: 'SECRETARIAT', level: 'CENTRAL' }, label: 'Ban Bí thư' },
    { decidedAtLevels: BELOW_CENTRAL, forms: ['GIAI_TAN'], final: null, label: 'Chưa tìm thấy cấp giải quyết cuối cùng đối với hình thức giải tán' },
    { decidedAtLevels: ['CENTRAL'], forms: ALL_FORMS, final: { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' }, label: 'Ban Chấp hành Trung ương' },
  ],
};

const COMPLAINT_GROUNDS = {
  items: [
    'LATE', 'ON_BEHALF_OF_ANOTHER', 'SKIPPED_LEVEL', 'NOT_COMPETENT_LEVEL', 'LODGED_WITH_MULTIPLE_LEVELS', 'ALREADY_FINAL', 'BEFORE_RECEIPT',
    'HANDLED_BY_HIGHER_LEVEL', 'COURT_SENTENCED', 'REFUSED_TO_RECEIVE', 'TRANSFERRED_OUTSIDE',
  ],
};
const DENUNCIATION_GROUNDS = {
  items: ['ANONYMOUS', 'IMPERSONATED', 'NO_ADDRESS', 'REPEAT_NO_NEW_EVIDENCE', 'NOT_CONCRETE', 'NOT_ORIGINAL_SIGNATURE', 'MULTIPLE_SIGNERS', 'NO_CIVIL_CAPACITY'],
};

interface Row {
  id: string;
  key: string;
  value: number | null;
  data: unknown;
  unit: string;
  startConvention: 'NEXT_DAY' | 'SAME_DAY' | 'NONE';
  startEvent: string;
  extension: number | null;
  extensionMax: number;
  from: string;
  to: string | null;
  basis: string;
  source: string;
  confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED' | 'NOT_FOUND' | 'CONFLICT';
  instrument: string | null;
  description: string;
}

const id = (n: number) => `c4a1e13d-0000-4000-8000-${String(n).padStart(12, '0')}`;
const B296 = 'Quy định 296-QĐ/TW ngày 30/5/2025';
const B22 = 'Quy định 22-QĐ/TW ngày 28/7/2021';
const RECEIPT = 'Ngày tổ chức có thẩm quyền nhận tố cáo';
const NONE = { value: null, startConvention: 'NONE' as const, startEvent: '', extension: null, extensionMax: 0 };

/** A denunciation deadline of one level: 90 WD + 30 once where the base-level value applies, NULL where none was found. */
function tocao(n: number, key: string, from: string, to: string | null, basis: string, instrument: string, found: 'BASE' | 'NOT_FOUND', confidence: Row['confidence'], description: string): Row {
  const base = found === 'BASE';
  return {
    id: id(n), key, value: base ? 90 : null, data: { startOn: 'RECEIPT' }, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: RECEIPT,
    extension: base ? 30 : null, extensionMax: base ? 1 : 0, from, to, basis, source: base ? '[15]' : '[14] Q2', confidence, instrument, description,
  };
}

const ROWS: Row[] = [
  // ORG.LEVEL_LADDER (K20): the levels in order and who is upper-direct; the district level until 1/7/2025 (§2).
  {
    id: id(1), key: 'ORG.LEVEL_LADDER', ...NONE, unit: 'TABLE', data: ladder('Huyện ủy, quận ủy, thị ủy, thành ủy thuộc tỉnh và tương đương (cấp huyện)'),
    from: '2011-01-19', to: '2025-07-01', basis: 'Điều lệ Đảng (2011), Điều 11: hệ thống tổ chức tương ứng với tổ chức hành chính (Trung ương, tỉnh, huyện, cơ sở)',
    source: '[33][39]', confidence: 'STATED', instrument: 'Điều lệ Đảng',
    description: 'Thứ bậc các cấp tổ chức đảng và cấp trên trực tiếp (giải quyết khiếu nại từ cấp cơ sở trở lên); cấp huyện ánh xạ vào "cấp trên cơ sở"',
  },
  {
    id: id(2), key: 'ORG.LEVEL_LADDER', ...NONE, unit: 'TABLE',
    data: ladder('Đảng ủy xã, phường, đặc khu và đảng ủy trực thuộc tỉnh ủy, thành ủy (cấp trên trực tiếp của tổ chức cơ sở đảng từ 01/7/2025)'),
    from: '2025-07-01', to: null, basis: 'Quy định 294-QĐ/TW (hiệu lực 01/7/2025): hệ thống tổ chức Trung ương, tỉnh, xã; đảng ủy cấp xã là cấp trên trực tiếp của tổ chức cơ sở đảng',
    source: '[39][45]', confidence: 'INFERRED', instrument: '294-QĐ/TW',
    description: 'Thứ bậc các cấp sau khi kết thúc cấp huyện: đảng ủy cấp xã (và các đảng ủy trực thuộc tỉnh) là "cấp trên cơ sở" (ánh xạ suy luận, changes-2026 §2)',
  },
  // B4.FINAL_INSTANCE (K21): final instance per form; giải tán not found.
  {
    id: id(3), key: 'B4.FINAL_INSTANCE', ...NONE, unit: 'TABLE', data: FINAL_INSTANCES, from: '2021-07-28', to: '2025-05-30',
    basis: `${B22}, Điều 22`, source: '[20]', confidence: 'STATED', instrument: '22-QĐ/TW',
    description: 'Cấp giải quyết khiếu nại cuối cùng: UBKT Trung ương (khiển trách, cảnh cáo, cách chức), Ban Bí thư (khai trừ) do cấp tỉnh trở xuống quyết định; BCH Trung ương với kỷ luật do cấp Trung ương quyết định; giải tán: chưa tìm thấy',
  },
  {
    id: id(4), key: 'B4.FINAL_INSTANCE', ...NONE, unit: 'TABLE', data: FINAL_INSTANCES, from: '2025-05-30', to: null,
    basis: `${B296} (giữ Điều 22 Quy định 22-QĐ/TW: suy luận)`, source: '[20][11]', confidence: 'INFERRED', instrument: '296-QĐ/TW',
    description: 'Cấp giải quyết khiếu nại cuối cùng theo hình thức (như Quy định 22-QĐ/TW, Điều 22, chưa đối chiếu 296); giải tán: chưa tìm thấy, cấp ủy cần xác nhận',
  },
  // B4.FILING_WINDOW (K22): the Charter's one month before 296; the 296 row (LegalTimeData) stays CONFLICT.
  {
    id: id(5), key: 'B4.FILING_WINDOW', value: 1, data: null, unit: 'MONTHS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận quyết định kỷ luật',
    extension: null, extensionMax: 0, from: '2011-01-19', to: '2025-05-30', basis: 'Điều lệ Đảng (2011), Điều 39 khoản 7', source: '[19]',
    confidence: 'STATED', instrument: 'Điều lệ Đảng', description: 'Thời hạn khiếu nại kỷ luật: trong vòng một tháng kể từ ngày nhận quyết định',
  },
  // B4.NOT_ACCEPTED_GROUNDS (K23).
  {
    id: id(6), key: 'B4.NOT_ACCEPTED_GROUNDS', ...NONE, unit: 'LIST', data: COMPLAINT_GROUNDS, from: '2021-07-28', to: '2025-05-30',
    basis: `${B22}, Điều 22–23; Điều lệ Đảng, Điều 39 khoản 7`, source: '[19][20][21]', confidence: 'INFERRED', instrument: '22-QĐ/TW',
    description: 'Các trường hợp không thụ lý khiếu nại kỷ luật (quá hạn, khiếu nại thay, vượt cấp, sai cấp, nhiều cấp, đã giải quyết cuối cùng: đã nêu; các trường hợp khác giả định như 296)',
  },
  {
    id: id(7), key: 'B4.NOT_ACCEPTED_GROUNDS', ...NONE, unit: 'LIST', data: COMPLAINT_GROUNDS, from: '2025-05-30', to: null,
    basis: `${B296}, Điều 23 (theo [14], chưa kiểm chứng)`, source: '[14]', confidence: 'UNVERIFIED', instrument: '296-QĐ/TW',
    description: 'Các trường hợp không thụ lý khiếu nại kỷ luật',
  },
  // B1.NOT_HANDLED_GROUNDS (K23).
  {
    id: id(8), key: 'B1.NOT_HANDLED_GROUNDS', ...NONE, unit: 'LIST', data: DENUNCIATION_GROUNDS, from: '2021-07-28', to: '2025-05-30',
    basis: `${B22}`, source: '[15]', confidence: 'STATED', instrument: '22-QĐ/TW',
    description: 'Các trường hợp tố cáo không giải quyết (giấu tên, mạo tên, không rõ địa chỉ, tố cáo lại không có chứng cứ mới, không cụ thể, không phải bản gốc, nhiều người ký, không đủ năng lực hành vi)',
  },
  {
    id: id(9), key: 'B1.NOT_HANDLED_GROUNDS', ...NONE, unit: 'LIST', data: DENUNCIATION_GROUNDS, from: '2025-05-30', to: null,
    basis: `${B296}, Điều 19 (theo [14], chưa kiểm chứng)`, source: '[14][15]', confidence: 'UNVERIFIED', instrument: '296-QĐ/TW',
    description: 'Các trường hợp tố cáo không giải quyết',
  },
  // B1.TOCAO_* (§3.6): every level explicit; 22-QĐ/TW versions before 296.
  tocao(10, 'B1.TOCAO_CELL', '2025-05-30', null, B296, '296-QĐ/TW', 'BASE', 'UNVERIFIED', 'Giải quyết tố cáo ở chi bộ (cấp cơ sở, sổ tay [15]; chưa kiểm chứng với 296)'),
  tocao(11, 'B1.TOCAO_SECTION', '2025-05-30', null, B296, '296-QĐ/TW', 'BASE', 'INFERRED', 'Giải quyết tố cáo ở đảng ủy bộ phận (coi như cấp cơ sở: suy luận)'),
  tocao(12, 'B1.TOCAO_CENTRAL', '2025-05-30', null, B296, '296-QĐ/TW', 'NOT_FOUND', 'NOT_FOUND', 'Giải quyết tố cáo ở cấp Trung ương (cán bộ không thuộc diện Bộ Chính trị, Ban Bí thư quản lý): chưa tìm thấy thời hạn'),
  tocao(13, 'B1.TOCAO_CELL', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'BASE', 'UNVERIFIED', 'Giải quyết tố cáo ở chi bộ (sổ tay [15])'),
  tocao(14, 'B1.TOCAO_SECTION', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'BASE', 'INFERRED', 'Giải quyết tố cáo ở đảng ủy bộ phận (coi như cấp cơ sở: suy luận)'),
  tocao(15, 'B1.TOCAO_GRASSROOTS', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'BASE', 'UNVERIFIED', 'Giải quyết tố cáo ở cấp cơ sở (sổ tay [15])'),
  tocao(16, 'B1.TOCAO_UPPER_GRASSROOTS', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'NOT_FOUND', 'NOT_FOUND', 'Giải quyết tố cáo cấp trên cơ sở (cấp huyện): chưa tìm thấy thời hạn'),
  tocao(17, 'B1.TOCAO_PROVINCIAL', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'NOT_FOUND', 'NOT_FOUND', 'Giải quyết tố cáo cấp tỉnh: chưa tìm thấy thời hạn'),
  tocao(18, 'B1.TOCAO_CENTRAL', '2021-07-28', '2025-05-30', B22, '22-QĐ/TW', 'NOT_FOUND', 'NOT_FOUND', 'Giải quyết tố cáo ở cấp Trung ương: chưa tìm thấy thời hạn'),
  // Congress window (XIII cycle, stated [16]; XIV cycle's 08-HD/UBKTTW not read; XV cycle 2030: open, §7).
  {
    id: id(19), key: 'B1.CONGRESS_WINDOW_GRASSROOTS', value: 25, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY',
    startEvent: `${RECEIPT} (đến ngày khai mạc đại hội)`, extension: null, extensionMax: 0, from: '2019-01-01', to: null,
    basis: 'Hướng dẫn 07-HD/UBKTTW (2019), nhiệm kỳ đại hội khóa XIII', source: '[16]', confidence: 'STATED', instrument: null,
    description: 'Tố cáo liên quan đại hội nhận trong 25 ngày làm việc trước khai mạc đại hội cấp cơ sở: chưa giải quyết, bàn giao cấp ủy khóa mới (ngày ban hành hướng dẫn chưa tìm thấy: áp dụng từ 01/01/2019)',
  },
  {
    id: id(20), key: 'B1.CONGRESS_WINDOW_ABOVE', value: 30, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY',
    startEvent: `${RECEIPT} (đến ngày khai mạc đại hội)`, extension: null, extensionMax: 0, from: '2019-01-01', to: null,
    basis: 'Hướng dẫn 07-HD/UBKTTW (2019), nhiệm kỳ đại hội khóa XIII', source: '[16]', confidence: 'STATED', instrument: null,
    description: 'Tố cáo liên quan đại hội nhận trong 30 ngày làm việc trước khai mạc đại hội từ cấp trên cơ sở trở lên: chưa giải quyết, bàn giao cấp ủy khóa mới (ngày ban hành hướng dẫn chưa tìm thấy: áp dụng từ 01/01/2019)',
  },
  // Inspection on signs of violation (§3.6): no deadline found; scheduled so a committee can set one.
  {
    id: id(21), key: 'B2.INSPECTION', value: null, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày ban hành quyết định kiểm tra',
    extension: null, extensionMax: 0, from: '2025-05-30', to: null, basis: `${B296}; Hướng dẫn 08-HD/TW`, source: '[14] Q2', confidence: 'NOT_FOUND',
    instrument: '296-QĐ/TW', description: 'Thời gian tiến hành cuộc kiểm tra khi có dấu hiệu vi phạm (từ quyết định đến kết luận): chưa tìm thấy; cấp ủy tự đặt',
  },
  {
    id: id(22), key: 'B2.SUBJECT_EXPLANATION', value: null, data: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY', startEvent: 'Ngày công bố quyết định kiểm tra',
    extension: null, extensionMax: 0, from: '2025-05-30', to: null, basis: `${B296}; Hướng dẫn 08-HD/TW`, source: '[14] Q2', confidence: 'NOT_FOUND',
    instrument: '296-QĐ/TW', description: 'Đối tượng kiểm tra nộp báo cáo giải trình: chưa tìm thấy thời hạn; cấp ủy tự đặt',
  },
  // A.SOURCES (K25).
  {
    id: id(23), key: 'A.SOURCES', ...NONE, unit: 'LIST', data: { items: ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'] },
    from: '2017-12-01', to: null, basis: 'Quy định 1374-QĐ/TU ngày 01/12/2017 (Thành ủy TP.HCM), Điều 1', source: '[2][3][4]', confidence: 'STATED',
    instrument: '1374-QĐ/TU', description: 'Bốn nguồn thông tin phản ánh: cử tri; giám sát của cơ quan dân cử; phản ánh, khiếu nại, tố cáo; báo chí',
  },
];

/** Seed repairs of LegalTimeData rows (old values kept for down()). */
const REPAIRS: { id: string; set: Record<string, unknown>; old: Record<string, unknown> }[] = [
  // B1.TOCAO_CENTRAL_MANAGED: the 180 days come from 164-QĐ/TW (6/6/2024), not 296 (§3.6); the start event is data.
  {
    id: 'a1febd9b-b562-5e59-92dc-ae3b153e5ccd',
    set: {
      legal_basis: 'Quyết định 164-QĐ/TW ngày 06/6/2024 (hiệu lực sau Quy định 296-QĐ/TW chưa kiểm chứng)', effective_from: '2024-06-06', source_ref: '[17]',
      value_data: { startOn: 'TEAM_DECISION' }, instrument: '164-QĐ/TW',
      description: 'Giải quyết tố cáo đối với cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý: không quá 180 ngày từ ngày có quyết định thành lập đoàn/tổ',
    },
    old: { legal_basis: 'Quy định 296-QĐ/TW ngày 30/5/2025', effective_from: '2025-05-30', source_ref: 'S22', value_data: null, instrument: '296-QĐ/TW', description: 'Giải quyết tố cáo đối với cán bộ diện Trung ương quản lý' },
  },
  // A.CLEAR_VIOLATION_MAX: action and start not found; the standing committee's direction is chosen as the start.
  {
    id: '00623a19-d8fa-580c-b871-1eb41a8583e9',
    set: {
      start_event: 'Ngày Ban Thường vụ chỉ đạo xem xét, xử lý (suy luận: văn bản nguồn bị cắt)', confidence: 'INFERRED', source_ref: '[2]',
      description: 'Trường hợp vi phạm rõ: Ban Thường vụ xem xét, xử lý tối đa 45 ngày làm việc (giá trị đã nêu; hành động và mốc bắt đầu suy luận)',
    },
    old: { start_event: 'Chưa xác định (văn bản nguồn bị cắt)', confidence: 'STATED', source_ref: 'S2', description: 'Trường hợp vi phạm rõ: tối đa 45 ngày làm việc (hành động và mốc bắt đầu chưa xác định, Q1)' },
  },
  // B4.RESOLVE: the clock runs from the competent body's receipt (inferred from [16]), not from the letter.
  {
    id: 'd75735f9-5e4b-5031-b4d4-907c49fbb266',
    set: { start_event: 'Ngày tổ chức có thẩm quyền nhận đơn khiếu nại', source_ref: '[16] Q2' },
    old: { start_event: 'Ngày nhận khiếu nại', source_ref: 'Q2' },
  },
];

async function applyRepair(q: QueryRunner, rowId: string, values: Record<string, unknown>): Promise<void> {
  const { instrument, value_data: data, ...columns } = values;
  const names = Object.keys(columns);
  const sets = names.map((c, i) => `${c} = $${i + 2}`);
  const params: unknown[] = [rowId, ...names.map((c) => columns[c])];
  if ('value_data' in values) {
    params.push(data === null ? null : JSON.stringify(data));
    sets.push(`value_data = $${params.length}::jsonb`);
  }
  if (instrument !== undefined) {
    params.push(instrument);
    sets.push(`instrument_id = (SELECT id FROM legal_instrument WHERE code = $${params.length})`);
  }
  await q.query(`UPDATE legal_rule SET ${sets.join(', ')} WHERE id = $1`, params);
}

export class ComplaintDenunciation1374Rules1795302200000 implements MigrationInterface {
  name = 'ComplaintDenunciation1374Rules1795302200000';

  public async up(q: QueryRunner): Promise<void> {
    for (const r of ROWS) {
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, (SELECT id FROM legal_instrument WHERE code = $16))`,
        [r.id, r.key, r.value, r.data === null ? null : JSON.stringify(r.data), r.unit, r.startConvention, r.startEvent, r.extension, r.extensionMax,
          r.from, r.to, r.basis, r.source, r.confidence, r.description, r.instrument],
      );
    }
    for (const r of REPAIRS) await applyRepair(q, r.id, r.set);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const r of REPAIRS) await applyRepair(q, r.id, r.old);
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [ROWS.map((r) => r.id)]);
  }
}
