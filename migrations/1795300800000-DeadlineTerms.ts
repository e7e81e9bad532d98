import { MigrationInterface, QueryRunner } from "typeorm";

export class DeadlineTerms1795300800000 implements MigrationInterface {
    name = 'DeadlineTerms1795300800000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline" ADD "term" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "deadline" DROP COLUMN "term"`);
    }

}
