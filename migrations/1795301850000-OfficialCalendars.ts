import { randomUUID } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

// The law as dated data (issue 13, changes-2026.md §3.7): the Government's yearly schedules of days off for civil
// servants (cán bộ, công chức, viên chức) 2024–2026, and 2027 computed from the Labour Code because no schedule is
// known yet (PROVISIONAL: deadlines counted through it warn). Each entry carries why it is off or on (category), its
// source and a confidence; each year whether it is confirmed. One new calendar version: the library's rows of those
// years are closed, never edited; a date an administrator already set keeps the administrator's entry.
// Later years are computed from the law at start (CalendarService.ensureSeeded), PROVISIONAL too.

const REASON =
  'Lịch nghỉ lễ, Tết chính thức của cán bộ, công chức, viên chức năm 2024–2026 (Bộ Nội vụ, Bộ LĐTBXH, Văn phòng Chính phủ) ' +
  'và lịch năm 2027 tính theo Bộ luật Lao động 2019, Điều 111(3), 112(1) (chưa có thông báo chính thức)';

type Kind = 'HOLIDAY' | 'WORKING_DAY';
type Category = 'HOLIDAY' | 'COMPENSATORY' | 'SWAPPED_DAY_OFF' | 'SWAPPED_WORKDAY';
type Entry = [date: string, kind: Kind, category: Category, name: string, confidence: 'STATED' | 'INFERRED' | 'UNVERIFIED', sourceRef: string];

const LAW = 'Bộ luật Lao động 2019, Điều 112(1)';
const IN_LIEU = 'Bộ luật Lao động 2019, Điều 111(3)';
const TET_LAW = `${LAW}(b), (3): 5 ngày do Thủ tướng quyết định; chưa có quyết định, tính 2 ngày trước và mùng 1–3 như các năm 2021–2026`;
const SEP_LAW = `${LAW}(đ), (3): ngày liền kề do Thủ tướng quyết định; chưa có quyết định, chọn như các năm 2021–2026`;

const S2024_TET = 'Công văn 8662/VPCP-KGVX (2023); thông báo Bộ LĐTBXH: nghỉ 08/02–14/02/2024, 5 ngày Tết và 2 ngày nghỉ bù (Điều 111(3))';
const S2024_APR = 'Công văn 2450/VPCP-KGVX ngày 12/4/2024: nghỉ 27/4–01/5/2024, làm bù thứ Bảy 04/5/2024';
const S2024_SEP = 'Công văn 8662/VPCP-KGVX (2023): nghỉ Quốc khánh 31/8–03/9/2024';
const S2025 = 'Công văn 8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH (2024)';
const S2026_JAN = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (đọc qua tin thứ cấp): nghỉ 01/01–04/01/2026, làm bù thứ Bảy 10/01/2026';
const S2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025 (ý kiến Thủ tướng, Văn phòng Chính phủ 13/10/2025)';
const S2026_APR = 'Điều 111(3); Thanh Niên 23/02/2026: Giỗ Tổ Chủ nhật 26/4, nghỉ bù thứ Hai 27/4/2026';

const ENTRIES: Entry[] = [
  // 2024
  ['2024-01-01', 'HOLIDAY', 'HOLIDAY', 'Tết Dương lịch', 'STATED', `${LAW}(a)`],
  ['2024-02-08', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'STATED', S2024_TET],
  ['2024-02-09', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (30 tháng Chạp)', 'STATED', S2024_TET],
  ['2024-02-10', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'STATED', S2024_TET],
  ['2024-02-11', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'STATED', S2024_TET],
  ['2024-02-12', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'STATED', S2024_TET],
  ['2024-02-13', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy 10/02/2024', 'STATED', S2024_TET],
  ['2024-02-14', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Tết Nguyên đán (mùng 2), trùng Chủ nhật 11/02/2024', 'STATED', S2024_TET],
  ['2024-04-18', 'HOLIDAY', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'STATED', `${LAW}(e)`],
  ['2024-04-29', 'HOLIDAY', 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 04/05/2024', 'STATED', S2024_APR],
  ['2024-04-30', 'HOLIDAY', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'STATED', `${LAW}(c)`],
  ['2024-05-01', 'HOLIDAY', 'HOLIDAY', 'Ngày Quốc tế lao động (1/5)', 'STATED', `${LAW}(d)`],
  ['2024-05-04', 'WORKING_DAY', 'SWAPPED_WORKDAY', 'Làm bù cho ngày nghỉ thứ Hai 29/04/2024', 'STATED', S2024_APR],
  ['2024-09-02', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (2/9)', 'STATED', `${LAW}(đ)`],
  ['2024-09-03', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (ngày liền kề 3/9)', 'STATED', S2024_SEP],
  // 2025
  ['2025-01-01', 'HOLIDAY', 'HOLIDAY', 'Tết Dương lịch', 'STATED', `${LAW}(a)`],
  ['2025-01-27', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (28 tháng Chạp)', 'STATED', `${S2025}: nghỉ 25/01–02/02/2025, 5 ngày Tết 27–31/01`],
  ['2025-01-28', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'STATED', `${S2025}: nghỉ 25/01–02/02/2025, 5 ngày Tết 27–31/01`],
  ['2025-01-29', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'STATED', `${S2025}: nghỉ 25/01–02/02/2025, 5 ngày Tết 27–31/01`],
  ['2025-01-30', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'STATED', `${S2025}: nghỉ 25/01–02/02/2025, 5 ngày Tết 27–31/01`],
  ['2025-01-31', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'STATED', `${S2025}: nghỉ 25/01–02/02/2025, 5 ngày Tết 27–31/01`],
  ['2025-04-07', 'HOLIDAY', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'STATED', `${LAW}(e)`],
  ['2025-04-26', 'WORKING_DAY', 'SWAPPED_WORKDAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025', 'STATED', `${S2025}: nghỉ 30/4–04/5/2025, làm bù thứ Bảy 26/4`],
  ['2025-04-30', 'HOLIDAY', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'STATED', `${LAW}(c)`],
  ['2025-05-01', 'HOLIDAY', 'HOLIDAY', 'Ngày Quốc tế lao động (1/5)', 'STATED', `${LAW}(d)`],
  ['2025-05-02', 'HOLIDAY', 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 26/04/2025', 'STATED', `${S2025}: nghỉ 30/4–04/5/2025, làm bù thứ Bảy 26/4`],
  ['2025-09-01', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'STATED', `${S2025}: nghỉ Quốc khánh 30/8–02/9/2025`],
  ['2025-09-02', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (2/9)', 'STATED', `${LAW}(đ)`],
  // 2026
  ['2026-01-01', 'HOLIDAY', 'HOLIDAY', 'Tết Dương lịch', 'STATED', `${LAW}(a)`],
  ['2026-01-02', 'HOLIDAY', 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 10/01/2026', 'UNVERIFIED', S2026_JAN],
  ['2026-01-10', 'WORKING_DAY', 'SWAPPED_WORKDAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026', 'UNVERIFIED', S2026_JAN],
  ['2026-02-16', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (29 tháng Chạp)', 'STATED', `${S2026}; [70]: nghỉ 14/02–22/02/2026, 5 ngày Tết 16–20/02`],
  ['2026-02-17', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'STATED', `${S2026}; [70]: nghỉ 14/02–22/02/2026, 5 ngày Tết 16–20/02`],
  ['2026-02-18', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'STATED', `${S2026}; [70]: nghỉ 14/02–22/02/2026, 5 ngày Tết 16–20/02`],
  ['2026-02-19', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'STATED', `${S2026}; [70]: nghỉ 14/02–22/02/2026, 5 ngày Tết 16–20/02`],
  ['2026-02-20', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 4)', 'STATED', `${S2026}; [70]: nghỉ 14/02–22/02/2026, 5 ngày Tết 16–20/02`],
  ['2026-04-26', 'HOLIDAY', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'STATED', `${LAW}(e)`],
  ['2026-04-27', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch), trùng Chủ nhật 26/04/2026', 'STATED', S2026_APR],
  ['2026-04-30', 'HOLIDAY', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'STATED', `${LAW}(c)`],
  ['2026-05-01', 'HOLIDAY', 'HOLIDAY', 'Ngày Quốc tế lao động (1/5)', 'STATED', `${LAW}(d)`],
  ['2026-08-22', 'WORKING_DAY', 'SWAPPED_WORKDAY', 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026', 'STATED', `${S2026}: nghỉ Quốc khánh 29/8–02/9/2026, làm bù thứ Bảy 22/8`],
  ['2026-08-31', 'HOLIDAY', 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026', 'STATED', `${S2026}: nghỉ Quốc khánh 29/8–02/9/2026, làm bù thứ Bảy 22/8`],
  ['2026-09-01', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (ngày liền kề 1/9)', 'STATED', `${S2026}: nghỉ Quốc khánh 29/8–02/9/2026`],
  ['2026-09-02', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (2/9)', 'STATED', `${LAW}(đ)`],
  // 2027: no schedule known; computed from the law as lawCalendar(2027) computes it (kernel/legal-time/law-calendar.ts).
  ['2027-01-01', 'HOLIDAY', 'HOLIDAY', 'Tết Dương lịch', 'STATED', `${LAW}(a)`],
  ['2027-02-04', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (trước Tết)', 'INFERRED', TET_LAW],
  ['2027-02-05', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (trước Tết)', 'INFERRED', TET_LAW],
  ['2027-02-06', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)', 'INFERRED', TET_LAW],
  ['2027-02-07', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 2)', 'INFERRED', TET_LAW],
  ['2027-02-08', 'HOLIDAY', 'HOLIDAY', 'Tết Nguyên đán (mùng 3)', 'INFERRED', TET_LAW],
  ['2027-02-09', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Tết Nguyên đán (mùng 1), trùng Thứ Bảy 06/02/2027', 'INFERRED', IN_LIEU],
  ['2027-02-10', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Tết Nguyên đán (mùng 2), trùng Chủ nhật 07/02/2027', 'INFERRED', IN_LIEU],
  ['2027-04-16', 'HOLIDAY', 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'STATED', `${LAW}(e)`],
  ['2027-04-30', 'HOLIDAY', 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'STATED', `${LAW}(c)`],
  ['2027-05-01', 'HOLIDAY', 'HOLIDAY', 'Ngày Quốc tế lao động (1/5)', 'STATED', `${LAW}(d)`],
  ['2027-05-03', 'HOLIDAY', 'COMPENSATORY', 'Nghỉ bù Ngày Quốc tế lao động (1/5), trùng Thứ Bảy 01/05/2027', 'INFERRED', IN_LIEU],
  ['2027-09-02', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (2/9)', 'STATED', `${LAW}(đ)`],
  ['2027-09-03', 'HOLIDAY', 'HOLIDAY', 'Quốc khánh (ngày liền kề 3/9)', 'INFERRED', SEP_LAW],
];

const YEARS: { year: number; status: 'CONFIRMED' | 'PROVISIONAL'; confidence: string; sourceRef: string; note: string }[] = [
  {
    year: 2024,
    status: 'CONFIRMED',
    confidence: 'STATED',
    sourceRef:
      'Công văn 8662/VPCP-KGVX (2023), 2450/VPCP-KGVX (12/4/2024). ' +
      'https://th389.vn/thu-tuong-chinh-phu-pham-minh-chinh-dong-y-nghi-tet-nguyen-dan-2024-trong-7-ngay-a172920.html; ' +
      'https://sucsongtre.vn/doi-song/can-bo-cong-chuc-vien-chuc-nguoi-lao-dong-nghi-tet-nguyen-dan-giap-thin-7-ngay.html; ' +
      'https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html; ' +
      'http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html',
    note: 'Tết Giáp Thìn nghỉ 08/02–14/02 (5 ngày Tết, 2 ngày nghỉ bù); 30/4–1/5 nghỉ 27/4–01/5, làm bù thứ Bảy 04/5; Quốc khánh nghỉ 31/8–03/9.',
  },
  {
    year: 2025,
    status: 'CONFIRMED',
    confidence: 'STATED',
    sourceRef:
      'Công văn 8726/VPCP-KGVX (26/11/2024); Thông báo 6150/TB-BLĐTBXH (2024). ' +
      'https://en.sggp.org.vn/prime-minister-approves-9-day-tet-break-for-2025-post114084.html; ' +
      'https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html; ' +
      'https://aeonmall-tanphuceladon-en.com/tin-tuc/nghi-le-30-04-01-05-lien-tiep-trong-5-ngay',
    note: 'Tết Ất Tỵ nghỉ 25/01–02/02 (5 ngày Tết 27–31/01 và 4 ngày cuối tuần); 30/4–1/5 nghỉ 30/4–04/5, làm bù thứ Bảy 26/4; Quốc khánh nghỉ 30/8–02/9.',
  },
  {
    year: 2026,
    status: 'CONFIRMED',
    confidence: 'STATED',
    sourceRef:
      'Thông báo 9441/TB-BNV (16/10/2025); Công văn 12729/VPCP-KGVX (25/12/2025). [70] http://www.congan.com.vn/?catid=702&id=388656&mod=detnews; ' +
      'https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html; ' +
      'https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html; ' +
      'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm; ' +
      'https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289',
    note:
      'Tết Dương lịch nghỉ 01–04/01, làm bù thứ Bảy 10/01 (chỉ thấy qua tin thứ cấp: chưa kiểm chứng); Tết Bính Ngọ nghỉ 14/02–22/02 ' +
      '(5 ngày Tết 16–20/02 và 4 ngày cuối tuần); Giỗ Tổ Chủ nhật 26/4, nghỉ bù thứ Hai 27/4; Quốc khánh nghỉ 29/8–02/9, làm bù thứ Bảy 22/8.',
  },
  {
    year: 2027,
    status: 'PROVISIONAL',
    confidence: 'INFERRED',
    sourceRef: 'Bộ luật Lao động 2019, Điều 111(3), 112(1); chưa có thông báo lịch nghỉ năm 2027 của Chính phủ',
    note: 'Tính theo Bộ luật Lao động: chưa có lịch nghỉ chính thức, thời hạn tính qua năm 2027 có cảnh báo.',
  },
];

export class OfficialCalendars1795301850000 implements MigrationInterface {
  name = 'OfficialCalendars1795301850000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE IF NOT EXISTS "calendar_year" ("id" uuid NOT NULL, "year" integer NOT NULL, "status" character varying(16) NOT NULL, "confidence" character varying(16) NOT NULL, "source_ref" text NOT NULL, "note" text, "valid_from_version" integer NOT NULL, "valid_to_version" integer, CONSTRAINT "PK_calendar_year" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX IF NOT EXISTS "ix_calendar_year_year" ON "calendar_year" ("year") `);
    await queryRunner.query(`ALTER TABLE "calendar_entry" ADD COLUMN IF NOT EXISTS "category" character varying(24)`);
    await queryRunner.query(`ALTER TABLE "calendar_entry" ADD COLUMN IF NOT EXISTS "confidence" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "calendar_entry" ADD COLUMN IF NOT EXISTS "source_ref" text`);
    // Rows written before: a holiday is a holiday, a working weekend day a swapped one; the library's days were
    // computed (inferred), an official schedule typed by an administrator is stated, a single edit is an override.
    await queryRunner.query(
      `UPDATE calendar_entry SET category = CASE kind WHEN 'WORKING_DAY' THEN 'SWAPPED_WORKDAY' ELSE 'HOLIDAY' END WHERE category IS NULL`,
    );
    await queryRunner.query(
      `UPDATE calendar_entry SET confidence = CASE source WHEN 'LIBRARY' THEN 'INFERRED' WHEN 'OFFICIAL_SCHEDULE' THEN 'STATED' ELSE 'OVERRIDE' END WHERE confidence IS NULL`,
    );
    await queryRunner.query(`UPDATE calendar_entry SET source_ref = 'date-holidays (Bộ luật Lao động 2019, Điều 112)' WHERE source = 'LIBRARY' AND source_ref IS NULL`);
    await queryRunner.query(
      `UPDATE calendar_entry e SET source_ref = v.reason FROM calendar_version v WHERE v.id = e.valid_from_version AND e.source <> 'LIBRARY' AND e.source_ref IS NULL`,
    );
    await queryRunner.query(`ALTER TABLE "calendar_entry" ALTER COLUMN "category" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "calendar_entry" ALTER COLUMN "confidence" SET NOT NULL`);

    const done: unknown[] = await queryRunner.query(`SELECT 1 FROM calendar_version WHERE reason = $1`, [REASON]);
    if (done.length > 0) return;
    const [{ id: version }]: { id: number }[] = await queryRunner.query(
      `INSERT INTO calendar_version (kind, reason) VALUES ('SCHEDULE', $1) RETURNING id`,
      [REASON],
    );
    const from = `${YEARS[0].year}-01-01`;
    const to = `${YEARS[YEARS.length - 1].year + 1}-01-01`;
    await queryRunner.query(
      `UPDATE calendar_entry SET valid_to_version = $1 WHERE valid_to_version IS NULL AND source = 'LIBRARY' AND date >= $2 AND date < $3`,
      [version, from, to],
    );
    const kept: { date: string }[] = await queryRunner.query(
      `SELECT to_char(date, 'YYYY-MM-DD') AS date FROM calendar_entry WHERE valid_to_version IS NULL AND date >= $1 AND date < $2`,
      [from, to],
    );
    const administrators = new Set(kept.map((k) => k.date));
    for (const [date, kind, category, name, confidence, sourceRef] of ENTRIES) {
      if (administrators.has(date)) continue;
      await queryRunner.query(
        `INSERT INTO calendar_entry (id, date, kind, name, source, category, confidence, source_ref, valid_from_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [randomUUID(), date, kind, name, date < '2027-01-01' ? 'OFFICIAL_SCHEDULE' : 'LAW', category, confidence, sourceRef, version],
      );
    }
    for (const y of YEARS) {
      await queryRunner.query(`UPDATE calendar_year SET valid_to_version = $1 WHERE year = $2 AND valid_to_version IS NULL`, [version, y.year]);
      await queryRunner.query(
        `INSERT INTO calendar_year (id, year, status, confidence, source_ref, note, valid_from_version) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [randomUUID(), y.year, y.status, y.confidence, y.sourceRef, y.note, version],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: number }[] = await queryRunner.query(`SELECT id FROM calendar_version WHERE reason = $1`, [REASON]);
    for (const { id } of rows) {
      await queryRunner.query(`DELETE FROM calendar_entry WHERE valid_from_version = $1`, [id]);
      await queryRunner.query(`UPDATE calendar_entry SET valid_to_version = NULL WHERE valid_to_version = $1`, [id]);
      await queryRunner.query(`DELETE FROM calendar_version WHERE id = $1`, [id]);
    }
    await queryRunner.query(`ALTER TABLE "calendar_entry" DROP COLUMN "source_ref"`);
    await queryRunner.query(`ALTER TABLE "calendar_entry" DROP COLUMN "confidence"`);
    await queryRunner.query(`ALTER TABLE "calendar_entry" DROP COLUMN "category"`);
    await queryRunner.query(`DROP INDEX "public"."ix_calendar_year_year"`);
    await queryRunner.query(`DROP TABLE "calendar_year"`);
  }
}
