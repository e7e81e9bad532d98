import { MigrationInterface, QueryRunner } from 'typeorm';

// Searching cases without caring for case or Vietnamese diacritics ("duc" finds "Đức"). `case.search_text` holds the
// normalised text of the title, the summaries and subject names of the procedure's input, the names of the people
// and units the case is about and its documents' file names — never the protected reporter (case_reporter), whose
// identity is sealed. Triggers keep it current; a trigram GIN index serves substring and word-similarity matches.
// pg_trgm and unaccent ship with PostgreSQL's contrib and with PGlite (loaded by startEmbeddedPostgres).

// The one normalisation, used for the stored text and for every query: NFC (so decomposed accents are stripped
// too), đ/Đ → d, accents removed, lower case, runs of white space as one space. unaccent() is only STABLE (its
// dictionary could change); with the dictionary named explicitly the result is fixed, hence IMMUTABLE.
const NORMALIZE = `
  CREATE FUNCTION case_search_normalize(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT btrim(regexp_replace(
             lower(public.unaccent('public.unaccent'::regdictionary, translate(normalize(t, NFC), 'đĐ', 'dd'))),
             '\\s+', ' ', 'g'))
  $$`;

// What is searchable of one case. Paths into the machine's context: the input (`registration` or `input`) with
// any summary in it, a subject's name wherever the context records one, an applicant's and a complainant's name.
const TEXT = `
  CREATE FUNCTION case_search_text(p_case uuid, p_title text, p_snapshot jsonb) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT case_search_normalize(concat_ws(' ',
      p_title,
      (SELECT string_agg(v #>> '{}', ' ')
         FROM unnest(ARRAY[
                '$.context.registration.**.summary', '$.context.input.**.summary',
                '$.context.**.subject.name', '$.context.registration.fullName',
                '$.context.input.complainant.name']::jsonpath[]) AS p(path),
              jsonb_path_query(p_snapshot, p.path) AS v
        WHERE jsonb_typeof(v) = 'string'),
      (SELECT string_agg(pe.full_name, ' ') FROM case_person cp JOIN person pe ON pe.id = cp.person_id WHERE cp.case_id = p_case),
      (SELECT string_agg(COALESCE(u.display_name, ou.name), ' ')
         FROM case_participant pa LEFT JOIN app_user u ON u.id = pa.user_id LEFT JOIN org_unit ou ON ou.id = pa.unit_id
        WHERE pa.case_id = p_case AND pa.relation IN ('SUBJECT', 'SUBJECT_ORGANISATION')),
      (SELECT string_agg(a.file_name, ' ') FROM case_attachment a WHERE a.case_id = p_case)))
  $$`;

// The case row computes its own text when its title or context changes (not on every write of the row).
const ON_CASE = `
  CREATE FUNCTION case_search_fill() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'UPDATE' AND NEW.title IS NOT DISTINCT FROM OLD.title
       AND NEW.snapshot -> 'context' IS NOT DISTINCT FROM OLD.snapshot -> 'context' THEN
      RETURN NEW;
    END IF;
    NEW.search_text := case_search_text(NEW.id, NEW.title, NEW.snapshot);
    RETURN NEW;
  END $$`;

// A person, subject or document added to a case (rows of these tables are never removed), or a person renamed.
const ON_PART = `
  CREATE FUNCTION case_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_TABLE_NAME = 'person' THEN
      UPDATE "case" c SET search_text = case_search_text(c.id, c.title, c.snapshot)
       WHERE c.id IN (SELECT cp.case_id FROM case_person cp WHERE cp.person_id = NEW.id);
    ELSE
      UPDATE "case" c SET search_text = case_search_text(c.id, c.title, c.snapshot) WHERE c.id = NEW.case_id;
    END IF;
    RETURN NULL;
  END $$`;

export class CaseSearch1795301640000 implements MigrationInterface {
  name = 'CaseSearch1795301640000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public`);
    await queryRunner.query(NORMALIZE);
    await queryRunner.query(TEXT);
    await queryRunner.query(ON_CASE);
    await queryRunner.query(ON_PART);
    await queryRunner.query(`ALTER TABLE "case" ADD "search_text" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`UPDATE "case" c SET search_text = case_search_text(c.id, c.title, c.snapshot)`);
    await queryRunner.query(`CREATE TRIGGER case_search_fill BEFORE INSERT OR UPDATE OF title, snapshot ON "case" FOR EACH ROW EXECUTE FUNCTION case_search_fill()`);
    for (const t of ['case_person', 'case_attachment']) {
      await queryRunner.query(`CREATE TRIGGER ${t}_search AFTER INSERT ON "${t}" FOR EACH ROW EXECUTE FUNCTION case_search_refresh()`);
    }
    await queryRunner.query(
      `CREATE TRIGGER case_participant_search AFTER INSERT ON case_participant FOR EACH ROW
        WHEN (NEW.relation IN ('SUBJECT', 'SUBJECT_ORGANISATION')) EXECUTE FUNCTION case_search_refresh()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER person_case_search AFTER UPDATE OF full_name ON person FOR EACH ROW
        WHEN (NEW.full_name IS DISTINCT FROM OLD.full_name) EXECUTE FUNCTION case_search_refresh()`,
    );
    await queryRunner.query(`CREATE INDEX "ix_case_search_trgm" ON "case" USING gin (search_text gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_case_search_trgm"`);
    await queryRunner.query(`DROP TRIGGER person_case_search ON person`);
    await queryRunner.query(`DROP TRIGGER case_participant_search ON case_participant`);
    await queryRunner.query(`DROP TRIGGER case_attachment_search ON case_attachment`);
    await queryRunner.query(`DROP TRIGGER case_person_search ON case_person`);
    await queryRunner.query(`DROP TRIGGER case_search_fill ON "case"`);
    await queryRunner.query(`ALTER TABLE "case" DROP COLUMN "search_text"`);
    await queryRunner.query(`DROP FUNCTION case_search_refresh()`);
    await queryRunner.query(`DROP FUNCTION case_search_fill()`);
    await queryRunner.query(`DROP FUNCTION case_search_text(uuid, text, jsonb)`);
    await queryRunner.query(`DROP FUNCTION case_search_normalize(text)`);
    // Created by up (IF NOT EXISTS): nothing else in the schema uses them.
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
