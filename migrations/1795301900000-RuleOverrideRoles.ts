import { MigrationInterface, QueryRunner } from 'typeorm';

// Who may override a rule for a unit's subtree is itself a rule (changes-2026.md §3.4, §7 `RULE_OVERRIDE.ROLES`): no
// instrument says it, so the row is INFERRED with no instrument, and a committee changes it with a new general version
// (POST /rules/versions), never by an override. Until confirmed: the standing committee — its members and the
// secretary who heads it — or the administrator of a provincial-level unit or of the centre (issue 13; before this
// row any secretary, a cell's included, could set one). Levels are those of the 2025 organisation (294-QĐ/TW, in force
// 1/7/2025), hence the start date.
const ID = 'b2f0c001-0000-4000-8000-000000000001';
const ROLES = ['STANDING_COMMITTEE_MEMBER', 'SECRETARY', 'ADMIN'];
const VALUE = { rows: [{ level: 'CENTRAL', roles: ROLES }, { level: 'PROVINCIAL', roles: ROLES }] };

export class RuleOverrideRoles1795301900000 implements MigrationInterface {
  name = 'RuleOverrideRoles1795301900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO legal_rule (id, key, value, value_data, unit, start_convention, start_event, extension_value, extension_max_count,
                               effective_from, instrument_id, legal_basis, source_ref, confidence, description)
       VALUES ($1, 'RULE_OVERRIDE.ROLES', NULL, $2, 'TABLE', 'NONE', '', NULL, 0, '2025-07-01', NULL, $3, $4, 'INFERRED', $5)`,
      [
        ID,
        JSON.stringify(VALUE),
        'Không có văn bản quy định; mặc định của hệ thống chờ cấp ủy xác nhận (quy tắc chung mới thay thế điều chỉnh cũ, changes-2026.md §3.4)',
        'changes-2026 §3.4, §7',
        'Ai được điều chỉnh quy tắc cho đơn vị mình và cấp dưới: vai trò (level, roles) tại đơn vị cấp nào trở lên',
      ],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM legal_rule WHERE id = $1`, [ID]);
  }
}
