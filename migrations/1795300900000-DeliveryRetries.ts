import { MigrationInterface, QueryRunner } from "typeorm";

export class DeliveryRetries1795300900000 implements MigrationInterface {
    name = 'DeliveryRetries1795300900000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_delivery" ADD "retries" integer NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_delivery" DROP COLUMN "retries"`);
    }

}
