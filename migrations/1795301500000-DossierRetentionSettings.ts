import { MigrationInterface, QueryRunner } from 'typeorm';

// One setting per procedure for how long the content of a case's dossier documents is kept after the case is
// closed. Separate from the reporter-identity setting (RETENTION.*): the two are different decisions. No legal value
// was found, so each is empty (documents kept) until a committee sets months with a rule override.
const PROCEDURES: [string, string, string][] = [
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f01', 'DOSSIER_RETENTION.QUY_DINH_1374', 'Quy định 1374'],
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f02', 'DOSSIER_RETENTION.TO_CAO', 'Giải quyết tố cáo'],
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f03', 'DOSSIER_RETENTION.KIEM_TRA_DAU_HIEU_VI_PHAM', 'Kiểm tra khi có dấu hiệu vi phạm'],
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f04', 'DOSSIER_RETENTION.KY_LUAT', 'Thi hành kỷ luật'],
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f05', 'DOSSIER_RETENTION.KHIEU_NAI_KY_LUAT', 'Khiếu nại kỷ luật'],
  ['7c8d2b63-3f1f-4d4a-8a2f-1b2c3d4e5f06', 'DOSSIER_RETENTION.KET_NAP_DANG_VIEN', 'Kết nạp đảng viên'],
];

export class DossierRetentionSettings1795301500000 implements MigrationInterface {
  name = 'DossierRetentionSettings1795301500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [id, key, title] of PROCEDURES) {
      await queryRunner.query(
        `INSERT INTO legal_rule (id, key, value, unit, start_convention, start_event, extension_value, extension_max_count,
                                 effective_from, legal_basis, source_ref, confidence, description)
         VALUES ($1, $2, NULL, 'MONTHS', 'NEXT_DAY', 'Ngày lưu hồ sơ (kết thúc vụ việc)', NULL, 0, '2017-12-01',
                 'Chưa tìm thấy quy định về thời hạn lưu nội dung tài liệu hồ sơ', 'SETTING', 'NOT_FOUND', $3)`,
        [id, key, `${title}: thời hạn giữ nội dung tài liệu trong hồ sơ vụ việc sau khi kết thúc vụ việc; cấp ủy tự đặt, để trống là giữ lại`],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM legal_rule WHERE id = ANY($1::uuid[])`, [PROCEDURES.map(([id]) => id)]);
  }
}
