import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Case references without a hot row (issue 17 §2): one PostgreSQL sequence per territory and year
 * (`case_reference_<territory>_<year>`, e.g. `case_reference_2a_2026`), created on first use, instead of one
 * `case_sequences` row per territory and year that every creation in the territory updated and locked until
 * its commit. `nextval` locks nothing until commit: concurrent creations never wait for each other, and a
 * number taken by a creation that fails is lost (a gap, never a duplicate).
 *
 * - `case_reference_number(territory, year)` (SECURITY DEFINER, owned by the owner: the application role
 *   cannot create objects) creates the sequence when it is missing, under an advisory lock so that two
 *   first creations do not race on `CREATE SEQUENCE`, starting after the territory-year's `case_sequences`
 *   value; then `nextval`. `case_reference_next(territory, year)` formats `DD-YYYY-NNNNNN` (more digits past
 *   999,999, as before).
 * - Expand, then contract: `case_sequences` stays in this release, unused by the new code. Its rows seed the
 *   sequences here (last + 1), and a trigger routes any allocation still written to it (an API of the
 *   previous release during a rolling deployment) through the same sequence, so the two releases never give
 *   one number twice. The table and its trigger go in a later release.
 */
export class CaseReferenceSequences1764320090000 implements MigrationInterface {
  name = 'CaseReferenceSequences1764320090000';

  async up(q: QueryRunner): Promise<void> {
    // Allocations of the previous release wait while the sequences are seeded from the table.
    await q.query(`LOCK TABLE case_sequences IN EXCLUSIVE MODE`);
    await q.query(`CREATE FUNCTION case_reference_number(p_territory text, p_year integer) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        name text;
        seq regclass;
        start bigint;
      BEGIN
        IF p_territory IS NULL OR p_territory !~ '^([0-9]{2,3}|2[AB])$' OR p_year IS NULL OR p_year NOT BETWEEN 2000 AND 2999 THEN
          RAISE EXCEPTION 'invalid territory or year for a case reference' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        name := 'case_reference_' || lower(p_territory) || '_' || p_year;
        seq := to_regclass(name);
        IF seq IS NULL THEN
          -- First creation of the territory-year: one creator at a time (the lock ends with this statement's
          -- transaction); CREATE ... IF NOT EXISTS then sees a sequence another one committed meanwhile.
          PERFORM pg_advisory_xact_lock(hashtext('case_reference_sequences'));
          SELECT coalesce(max(last), 0) + 1 INTO start FROM case_sequences WHERE territory = p_territory AND year = p_year;
          EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I AS bigint START WITH %s NO CYCLE', name, start);
          seq := name::regclass;
        END IF;
        RETURN nextval(seq);
      END $$`);
    await q.query(`CREATE FUNCTION case_reference_next(p_territory text, p_year integer) RETURNS text LANGUAGE sql AS $$
      SELECT p_territory || '-' || p_year || '-' || CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END
      FROM case_reference_number(p_territory, p_year) AS n $$`);
    // Every territory-year already counted continues after its last number.
    await q.query(`DO $$
      DECLARE r record;
      BEGIN
        FOR r IN SELECT territory, year, last FROM case_sequences LOOP
          EXECUTE format('CREATE SEQUENCE %I AS bigint START WITH %s NO CYCLE', 'case_reference_' || lower(r.territory) || '_' || r.year, r.last + 1);
        END LOOP;
      END $$`);
    // The previous release's `INSERT … ON CONFLICT DO UPDATE SET last = s.last + 1 RETURNING last` gets a number of
    // the sequence instead (a BEFORE trigger's NEW is what RETURNING answers); the row keeps the last one given.
    await q.query(`CREATE FUNCTION case_sequences_from_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.last := case_reference_number(NEW.territory, NEW.year);
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER case_sequences_from_sequence BEFORE INSERT OR UPDATE ON case_sequences FOR EACH ROW EXECUTE FUNCTION case_sequences_from_sequence()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`LOCK TABLE case_sequences IN EXCLUSIVE MODE`);
    await q.query(`DROP TRIGGER case_sequences_from_sequence ON case_sequences`);
    await q.query(`DROP FUNCTION case_sequences_from_sequence()`);
    // The table takes the counting back where the sequences left it.
    await q.query(`DO $$
      DECLARE r record; last bigint;
      BEGIN
        FOR r IN SELECT c.relname, upper(split_part(c.relname, '_', 3)) AS territory, split_part(c.relname, '_', 4)::int AS year
                 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE c.relkind = 'S' AND n.nspname = current_schema() AND c.relname ~ '^case_reference_[0-9a-z]+_[0-9]{4}$' LOOP
          EXECUTE format('SELECT last_value FROM %I', r.relname) INTO last;
          INSERT INTO case_sequences AS s (territory, year, last) VALUES (r.territory, r.year, last)
            ON CONFLICT (territory, year) DO UPDATE SET last = greatest(s.last, EXCLUDED.last);
          EXECUTE format('DROP SEQUENCE %I', r.relname);
        END LOOP;
      END $$`);
    await q.query(`DROP FUNCTION case_reference_next(text, integer)`);
    await q.query(`DROP FUNCTION case_reference_number(text, integer)`);
  }
}
