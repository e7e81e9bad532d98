import { MigrationInterface, QueryRunner } from 'typeorm';

// Signed checkpoints of every case's chain head, and the public keys they were signed with. All three tables are
// append-only, with the refusing function the audit log already uses.
const APPEND_ONLY = ['audit_signing_key', 'chain_checkpoint', 'chain_checkpoint_head'];

export class ChainCheckpoints1795300300000 implements MigrationInterface {
  name = 'ChainCheckpoints1795300300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_signing_key" ("key_id" character varying(64) NOT NULL, "algorithm" character varying(16) NOT NULL, "public_key" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_31203c4506665f32d222b42b299" PRIMARY KEY ("key_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "chain_checkpoint" ("id" uuid NOT NULL, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, "scheduled_for" date, "case_count" integer NOT NULL, "event_count" bigint NOT NULL, "digest" character(64) NOT NULL, "signature" character varying(128) NOT NULL, "key_id" character varying(64) NOT NULL, CONSTRAINT "PK_cfdc0615bde27bb3c1246ddc52d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_chain_checkpoint_scheduled_for" ON "chain_checkpoint" ("scheduled_for") `);
    await queryRunner.query(`CREATE INDEX "ix_chain_checkpoint_taken" ON "chain_checkpoint" ("taken_at") `);
    await queryRunner.query(
      `CREATE TABLE "chain_checkpoint_head" ("checkpoint_id" uuid NOT NULL, "case_id" uuid NOT NULL, "seq" integer NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_cd1df848025dbc95d31869a299f" PRIMARY KEY ("checkpoint_id", "case_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "chain_checkpoint" ADD CONSTRAINT "FK_84d552de6a79fcbb46cff3ff9d2" FOREIGN KEY ("key_id") REFERENCES "audit_signing_key"("key_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "chain_checkpoint_head" ADD CONSTRAINT "FK_e3a28fbae90914c94a86d198771" FOREIGN KEY ("checkpoint_id") REFERENCES "chain_checkpoint"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const t of APPEND_ONLY) {
      await queryRunner.query(`CREATE TRIGGER ${t}_append_only BEFORE UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
      await queryRunner.query(`CREATE TRIGGER ${t}_no_truncate BEFORE TRUNCATE ON "${t}" FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of [...APPEND_ONLY].reverse()) {
      await queryRunner.query(`DROP TRIGGER ${t}_no_truncate ON "${t}"`);
      await queryRunner.query(`DROP TRIGGER ${t}_append_only ON "${t}"`);
    }
    await queryRunner.query(`ALTER TABLE "chain_checkpoint_head" DROP CONSTRAINT "FK_e3a28fbae90914c94a86d198771"`);
    await queryRunner.query(`ALTER TABLE "chain_checkpoint" DROP CONSTRAINT "FK_84d552de6a79fcbb46cff3ff9d2"`);
    await queryRunner.query(`DROP TABLE "chain_checkpoint_head"`);
    await queryRunner.query(`DROP INDEX "public"."ix_chain_checkpoint_taken"`);
    await queryRunner.query(`DROP INDEX "public"."uq_chain_checkpoint_scheduled_for"`);
    await queryRunner.query(`DROP TABLE "chain_checkpoint"`);
    await queryRunner.query(`DROP TABLE "audit_signing_key"`);
  }
}
