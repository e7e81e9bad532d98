import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlinePauseExtend1795247077006 implements MigrationInterface {
    name = 'DeadlinePauseExtend1795247077006'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline" ADD "remaining_working_days" integer`);
        await queryRunner.query(`ALTER TABLE "deadline" ADD "extensions_used" integer NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "extensions_used"`);
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "remaining_working_days"`);
    }

}
