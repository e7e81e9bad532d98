import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlineUnarmedIndex1795250974727 implements MigrationInterface {
    name = 'DeadlineUnarmedIndex1795250974727'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "ix_deadline_unarmed" ON "deadline" ("due_at") WHERE status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."ix_deadline_unarmed"`);
    }

}
