import { MigrationInterface, QueryRunner } from 'typeorm';

// One retention setting per procedure besides 1374 (seeded with ProtectedReporters): no legal value was found, so
// each is empty (identities kept) until a committee sets months with a rule override.
const PROCEDURES: [string, string, string][] = [
  ['6b7c1a52-2f0e-4c39-9f1e-0a1b2c3d4e01', 'RETENTION.TO_CAO', 'Giải quyết tố cáo'],
  ['6b7c1a52-2f0e-4c39-9f1e-0a1b2c3d4e02', 'RETENTION.KIEM_TRA_DAU_HIEU_VI_PHAM', 'Kiểm tra khi có dấu hiệu vi phạm'],
  ['6b7c1a52-2f0e-4c39-9f1e-0a1b2c3d4e03', 'RETENTION.KY_LUAT', 'Thi hành kỷ luật'],
  ['6b7c1a52-2f0e-4c39-9f1e-0a1b2c3d4e04', 'RETENTION.KHIEU_NAI_KY_LUAT', 'Khiếu nại kỷ luật'],
  ['6b7c1a52-2f0e-4c39-9f1e-0a1b2c3d4e05', 'RETENTION.KET_NAP_DANG_VIEN', 'Kết nạp đảng viên'],
];

export class RetentionSettings1795300700000 implements MigrationInterface {
  name = 'RetentionSettings1795300700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [id, key, title] of PROCEDURES) {
      await queryRunner.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01',
                 'Chưa tìm thấy quy định về thời hạn lưu danh tính người cung cấp thông tin', 'SETTING', 'NOT_FOUND', $3)`,
        [id, key, `${title}: thời hạn giữ danh tính người cung cấp thông tin sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [PROCEDURES.map(([id]) => id)]);
  }
}
