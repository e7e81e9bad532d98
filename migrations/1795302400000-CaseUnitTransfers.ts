import { MigrationInterface, QueryRunner } from 'typeorm';

// The record of each case field moved to a successor unit by an organisation change (issue 15): statistics count a
// case under the unit that held it at the end of a period from these rows.
export class CaseUnitTransfers1795302400000 implements MigrationInterface {
  name = 'CaseUnitTransfers1795302400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "case_unit_transfer" ("id" BIGSERIAL NOT NULL, "case_id" uuid NOT NULL, "field" character varying(16) NOT NULL, "from_unit_id" uuid NOT NULL, "to_unit_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "change_id" uuid NOT NULL, "event_seq" integer NOT NULL, CONSTRAINT "PK_a2fefd020cf4a55e6d727d693c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_case_unit_transfer_case_at" ON "case_unit_transfer" ("case_id", "at") `);
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" ADD CONSTRAINT "FK_d74604b0d1685fb3815eed76306" FOREIGN KEY ("case_id") REFERENCES "case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" ADD CONSTRAINT "FK_88d4bf7b6d08f73484f3c66449b" FOREIGN KEY ("from_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" ADD CONSTRAINT "FK_bfdb5499abbcd39dfa62f508e20" FOREIGN KEY ("to_unit_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" DROP CONSTRAINT "FK_bfdb5499abbcd39dfa62f508e20"`);
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" DROP CONSTRAINT "FK_88d4bf7b6d08f73484f3c66449b"`);
    await queryRunner.query(`ALTER TABLE "case_unit_transfer" DROP CONSTRAINT "FK_d74604b0d1685fb3815eed76306"`);
    await queryRunner.query(`DROP INDEX "public"."ix_case_unit_transfer_case_at"`);
    await queryRunner.query(`DROP TABLE "case_unit_transfer"`);
  }
}
