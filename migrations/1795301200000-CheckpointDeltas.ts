import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Checkpoints keep only the heads that changed since the checkpoint before them (`seq` orders them), instead of every
 * case's head every day. Existing checkpoints hold full sets, which are valid deltas; they are numbered in the order
 * they were taken. The index on `case_id` serves "this case's latest stored head".
 */
export class CheckpointDeltas1795301200000 implements MigrationInterface {
    name = 'CheckpointDeltas1795301200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" ADD "seq" bigint`);
        // The table is append-only; numbering the rows already there is the one change made to them.
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" DISABLE TRIGGER chain_checkpoint_append_only`);
        await queryRunner.query(
            `UPDATE "chain_checkpoint" c SET seq = n.seq
               FROM (SELECT id, row_number() OVER (ORDER BY taken_at, id) AS seq FROM "chain_checkpoint") n WHERE n.id = c.id`,
        );
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" ENABLE TRIGGER chain_checkpoint_append_only`);
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" ALTER COLUMN "seq" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" ALTER COLUMN "seq" ADD GENERATED ALWAYS AS IDENTITY`);
        await queryRunner.query(
            `SELECT setval(pg_get_serial_sequence('"chain_checkpoint"', 'seq'), COALESCE((SELECT max(seq) FROM "chain_checkpoint"), 0) + 1, false)`,
        );
        await queryRunner.query(`CREATE UNIQUE INDEX "uq_chain_checkpoint_seq" ON "chain_checkpoint" ("seq") `);
        await queryRunner.query(`CREATE INDEX "ix_chain_checkpoint_head_case" ON "chain_checkpoint_head" ("case_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Going back means full sets again: checkpoints taken as deltas would no longer verify, so refuse if any exist.
        const [{ n }] = await queryRunner.query(
            `SELECT count(*)::int AS n FROM "chain_checkpoint" k
              WHERE (SELECT count(*) FROM "chain_checkpoint_head" h WHERE h.checkpoint_id = k.id) <> k.case_count`,
        );
        if (n > 0) throw new Error(`${n} checkpoint(s) are stored as deltas; they cannot be kept by the previous schema`);
        await queryRunner.query(`DROP INDEX "public"."ix_chain_checkpoint_head_case"`);
        await queryRunner.query(`DROP INDEX "public"."uq_chain_checkpoint_seq"`);
        await queryRunner.query(`ALTER TABLE "chain_checkpoint" DROP COLUMN "seq"`);
    }
}
