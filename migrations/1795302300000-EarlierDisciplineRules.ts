import { MigrationInterface, QueryRunner } from 'typeorm';

// The discipline rows a case reads on the date of its violation (limitation, forms, categories without limitation)
// start with 69-QĐ/TW (6/7/2022) or 22-QĐ/TW (28/7/2021); a violation committed before then found no row and was
// refused. The values before 69 are those of 102-QĐ/TW (15/11/2017, members) and 07-QĐi/TW (28/8/2018,
// organisations), which 69 carried over (changes-2026.md §1.1, §4 K16; stated for 102/07-QĐi in [S10][S11], the
// carrying-over inferred); the forms are the Charter's own (Điều lệ Đảng 2011, Điều 35). Each older row ends where the
// next version starts. Violations before these dates still find no row and are refused by name.
const INSTRUMENTS = [
  { id: 'a1f0c001-0000-4000-8000-000000000017', code: '102-QĐ/TW', title: 'Quy định về xử lý kỷ luật đảng viên vi phạm', issuer: 'Bộ Chính trị', issuedOn: '2017-11-15', replaces: ['181-QĐ/TW'] },
  { id: 'a1f0c001-0000-4000-8000-000000000018', code: '07-QĐi/TW', title: 'Quy định xử lý kỷ luật tổ chức đảng vi phạm', issuer: 'Bộ Chính trị', issuedOn: '2018-08-28', replaces: [] },
];

/** [new id, copied from (the 69/22 row's key), from, to, basis, instrument, confidence] */
const COPIES: [string, string, string, string, string, string, string][] = [
  ['b3e4a1e0-0000-4000-8000-000000000001', 'B3.LIMIT_MEMBER_KHIEN_TRACH', '2017-11-15', '2022-07-06', 'Quy định 102-QĐ/TW ngày 15/11/2017, Điều 3 (giá trị như 69-QĐ/TW: suy ra)', '102-QĐ/TW', 'INFERRED'],
  ['b3e4a1e0-0000-4000-8000-000000000002', 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC', '2017-11-15', '2022-07-06', 'Quy định 102-QĐ/TW ngày 15/11/2017, Điều 3 (giá trị như 69-QĐ/TW: suy ra)', '102-QĐ/TW', 'INFERRED'],
  ['b3e4a1e0-0000-4000-8000-000000000003', 'B3.LIMIT_MEMBER_KHAI_TRU', '2017-11-15', '2022-07-06', 'Quy định 102-QĐ/TW ngày 15/11/2017, Điều 3 (giá trị như 69-QĐ/TW: suy ra)', '102-QĐ/TW', 'INFERRED'],
  ['b3e4a1e0-0000-4000-8000-000000000004', 'B3.LIMIT_ORG_KHIEN_TRACH', '2018-08-28', '2022-07-06', 'Quy định 07-QĐi/TW ngày 28/8/2018 (giá trị như 69-QĐ/TW: suy ra)', '07-QĐi/TW', 'INFERRED'],
  ['b3e4a1e0-0000-4000-8000-000000000005', 'B3.LIMIT_ORG_CANH_CAO', '2018-08-28', '2022-07-06', 'Quy định 07-QĐi/TW ngày 28/8/2018 (giá trị như 69-QĐ/TW: suy ra)', '07-QĐi/TW', 'INFERRED'],
  ['b3e4a1e0-0000-4000-8000-000000000006', 'B3.NO_LIMITATION_CATEGORIES', '2017-11-15', '2022-07-06', 'Quy định 102-QĐ/TW (đảng viên) và 07-QĐi/TW (tổ chức đảng): các loại vi phạm không áp dụng thời hiệu', '102-QĐ/TW', 'STATED'],
  ['b3e4a1e0-0000-4000-8000-000000000007', 'B3.FORMS_BY_SUBJECT', '2011-01-19', '2021-07-28', 'Điều lệ Đảng (2011), Điều 35: các hình thức kỷ luật', 'Điều lệ Đảng', 'STATED'],
];

export class EarlierDisciplineRules1795302300000 implements MigrationInterface {
  name = 'EarlierDisciplineRules1795302300000';

  public async up(q: QueryRunner): Promise<void> {
    for (const i of INSTRUMENTS) {
      await q.query(
        `INSERT INTO legal_instrument (id, code, title, issuer, issued_on, effective_from, replaces, confidence, source_ref, notes)
         VALUES ($1, $2, $3, $4, $5, $5, $6, 'STATED', '[S10][S11]', 'Được thay thế bởi 69-QĐ/TW (6/7/2022)') ON CONFLICT (code) DO NOTHING`,
        [i.id, i.code, i.title, i.issuer, i.issuedOn, i.replaces],
      );
    }
    for (const [id, key, from, to, basis, instrument, confidence] of COPIES) {
      // Copy the earliest general row of the key (value, unit, start event, structured value) under the older instrument.
      await q.query(
        `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, effective_to, legal_basis, source_ref, confidence, description, instrument_id)
         SELECT $1, r.key, r.value, r.value_data, r.unit, r.start_convention, r.start_event, r.extension_value, r.extension_max_count,
                $3::date, $4::date, $5, r.source_ref, $7, r.description, (SELECT id FROM legal_instrument WHERE code = $6)
           FROM legal_rule r
          WHERE r.key = $2 AND r.org_unit_id IS NULL AND r.effective_from = $4::date
          ORDER BY r.created_at LIMIT 1`,
        [id, key, from, to, basis, instrument, confidence],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [COPIES.map(([id]) => id)]);
    await q.query(`DELETE FROM legal_instrument WHERE id = ANY($1::uuid[])`, [INSTRUMENTS.map((i) => i.id)]);
  }
}
