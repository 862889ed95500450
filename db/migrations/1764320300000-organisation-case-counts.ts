import { MigrationInterface, QueryRunner } from 'typeorm';

/** A lasting grant: the only ones the counts see (a break-the-glass grant always expires; a revoked one is gone). */
const LASTING = `revoked_at IS NULL AND expires_at IS NULL`;
const ACTIVE = (c: string) => `${c}.case_status NOT IN ('closed', 'closed_referred')`;
const OPEN_DEADLINE = ['id', 'case_id', 'kind', 'due_on', 'responsible_organisation_id'].join(', ');

/**
 * Locks the rows of the cases a statement touched (`FOR NO KEY UPDATE`, in id order) before the trigger reads the
 * other tables: every writer of a case's grants, open deadlines, status or forms holds its case row while it
 * computes its delta, so two transactions on one case cannot both miss the other's uncommitted change (each
 * statement of a plpgsql function reads a new snapshot: the second writer sees the first's commit).
 */
const lockCases = (sources: string[]) =>
  `PERFORM 1 FROM cases WHERE id IN (${sources.map((s) => `SELECT case_id FROM ${s}`).join(' UNION ')}) ORDER BY id FOR NO KEY UPDATE;`;

/**
 * Deadlines opened, closed, moved, re-kinded or handed to another organisation: their rows, added (`new_rows`)
 * and removed (`old_rows`), times the organisations holding a lasting grant on their case now. Rows an UPDATE left
 * as they were cancel out (and lock nothing).
 */
const deadlinesFunction = (name: string, added: string | null, removed: string | null) => {
  const open = (src: string) => `SELECT ${OPEN_DEADLINE} FROM ${src} WHERE closed_at IS NULL`;
  const changed: string[] = [];
  if (added && removed) {
    changed.push(`(${open(added)} EXCEPT ${open(removed)}) AS a`, `(${open(removed)} EXCEPT ${open(added)}) AS r`);
  } else {
    changed.push(`(${open((added ?? removed)!)}) AS x`);
  }
  const [plus, minus] = added && removed ? changed : added ? [changed[0], null] : [null, changed[0]];
  const parts = [plus && `SELECT case_id, kind, due_on, responsible_organisation_id, 1 AS n FROM ${plus}`, minus && `SELECT case_id, kind, due_on, responsible_organisation_id, -1 AS n FROM ${minus}`]
    .filter(Boolean).join(' UNION ALL ');
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${lockCases([plus, minus].filter((s): s is string => !!s))}
    INSERT INTO organisation_deadline_counts (organisation_id, kind, due_on, review, n)
    SELECT h.organisation_id, d.kind, d.due_on, (d.kind = 'cell_review' AND d.responsible_organisation_id = h.organisation_id), sum(d.n)
    FROM (${parts}) d
    CROSS JOIN LATERAL (SELECT DISTINCT a.organisation_id FROM case_access a WHERE a.case_id = d.case_id AND a.${LASTING.replace(' AND ', ' AND a.')}) h
    GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0;
    RETURN NULL;
  END $fn$`;
};

/**
 * Grants given, revoked, expiring or moved: for each (case, organisation) whose number of lasting grants changed,
 * held before = held now less this statement's own change; an organisation that starts (stops) holding the case
 * gains (loses) the case's open deadlines, and, while the case is not closed, the case and its forms.
 */
const grantsFunction = (name: string, added: string | null, removed: string | null) => {
  const own = [added && `SELECT case_id, organisation_id, 1 AS n FROM ${added} WHERE ${LASTING}`, removed && `SELECT case_id, organisation_id, -1 AS n FROM ${removed} WHERE ${LASTING}`]
    .filter(Boolean).join(' UNION ALL ');
  return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${lockCases([`(SELECT case_id FROM (${own}) x GROUP BY case_id, organisation_id HAVING sum(n) <> 0) AS p`])}
    WITH p AS (
      SELECT case_id, organisation_id, sum(n) AS own FROM (${own}) x GROUP BY 1, 2 HAVING sum(n) <> 0
    ), s AS (
      SELECT p.case_id, p.organisation_id, (k.now > 0)::int - (k.now - p.own > 0)::int AS change
      FROM p CROSS JOIN LATERAL (SELECT count(*) AS now FROM case_access a WHERE a.case_id = p.case_id AND a.organisation_id = p.organisation_id AND a.${LASTING.replace(' AND ', ' AND a.')}) k
    ), deadlines AS (
      INSERT INTO organisation_deadline_counts (organisation_id, kind, due_on, review, n)
      SELECT s.organisation_id, d.kind, d.due_on, (d.kind = 'cell_review' AND d.responsible_organisation_id = s.organisation_id), sum(s.change)
      FROM s JOIN case_deadlines d ON d.case_id = s.case_id AND d.closed_at IS NULL
      WHERE s.change <> 0 GROUP BY 1, 2, 3, 4 HAVING sum(s.change) <> 0
    )
    INSERT INTO organisation_case_counts (organisation_id, form, n)
    SELECT s.organisation_id, f.form, sum(s.change)
    FROM s JOIN cases c ON c.id = s.case_id AND ${ACTIVE('c')}
    CROSS JOIN LATERAL (SELECT '' AS form UNION ALL SELECT u FROM unnest(c.exploitation_forms) u WHERE u IS NOT NULL) f
    WHERE s.change <> 0 GROUP BY 1, 2 HAVING sum(s.change) <> 0;
    RETURN NULL;
  END $fn$`;
};

/**
 * Read models of an organisation's dashboard counts (issue 17 §5): what `CellCaseCountsQuery` computed from every
 * held case and deadline at each request, kept as the data change, so that a dashboard sums a few hundred rows.
 *
 * - `organisation_deadline_counts`: open deadlines of the cases the organisation holds a lasting grant on, by kind,
 *   due day and review flag (a `cell_review` the organisation answers for). Days, not buckets: overdue (due
 *   before today) and upcoming (today to the window's end) are read for any day, exact without a nightly job.
 * - `organisation_case_counts`: its held cases not closed (`form` = '') and their forms of exploitation.
 *
 * Both are append-only delta rows (+n / -n), never updated in place: many writers of one territory never wait
 * for one hot count row. They are written by triggers in the writer's transaction, whoever writes (commands,
 * erasure, retention, transfers, tests, seeds): statement triggers with transition tables on `case_deadlines` and
 * `case_access`, a row trigger on `cases` when the status's openness or the forms change. A reader sums its
 * organisation's rows; it folds them (delete and re-insert their sums, `organisation_counts_fold`) once more than a
 * few hundred unfolded rows gathered. Backfilled here from the existing rows, under the triggers' table locks.
 * `CellCaseCountsQuery` keeps the statement over the cases as the reference (`source: 'cases'`).
 */
export class OrganisationCaseCounts1764320300000 implements MigrationInterface {
  name = 'OrganisationCaseCounts1764320300000';

  async up(q: QueryRunner): Promise<void> {
    // The three tables the triggers go on, locked first and in the order the application writes them (a case, its
    // grants, then its deadlines: create-case's order). Taken one trigger at a time instead (deadlines first), a
    // creation holding `cases` and `case_access` waited for `case_deadlines` while this waited for `case_access`: a
    // deadlock, and one creation answered 409 during the expand-contract check. Writers now wait, none fails.
    await q.query(`LOCK TABLE cases, case_access, case_deadlines IN SHARE ROW EXCLUSIVE MODE`);
    await q.query(`CREATE TABLE organisation_deadline_counts (
      organisation_id uuid NOT NULL,
      kind text NOT NULL,
      due_on date NOT NULL,
      review boolean NOT NULL,
      n integer NOT NULL,
      folded boolean NOT NULL DEFAULT false
    )`);
    await q.query(`CREATE INDEX organisation_deadline_counts_org_idx ON organisation_deadline_counts (organisation_id) INCLUDE (kind, due_on, review, n)`);
    await q.query(`CREATE INDEX organisation_deadline_counts_unfolded_idx ON organisation_deadline_counts (organisation_id) WHERE NOT folded`);
    await q.query(`CREATE TABLE organisation_case_counts (
      organisation_id uuid NOT NULL,
      form text NOT NULL,
      n integer NOT NULL,
      folded boolean NOT NULL DEFAULT false
    )`);
    await q.query(`CREATE INDEX organisation_case_counts_org_idx ON organisation_case_counts (organisation_id) INCLUDE (form, n)`);
    await q.query(`CREATE INDEX organisation_case_counts_unfolded_idx ON organisation_case_counts (organisation_id) WHERE NOT folded`);

    await q.query(deadlinesFunction('organisation_counts_deadlines_inserted', 'new_rows', null));
    await q.query(deadlinesFunction('organisation_counts_deadlines_updated', 'new_rows', 'old_rows'));
    await q.query(deadlinesFunction('organisation_counts_deadlines_deleted', null, 'old_rows'));
    await q.query(grantsFunction('organisation_counts_grants_inserted', 'new_rows', null));
    await q.query(grantsFunction('organisation_counts_grants_updated', 'new_rows', 'old_rows'));
    await q.query(grantsFunction('organisation_counts_grants_deleted', null, 'old_rows'));
    // A case's own row is locked by the UPDATE that fires this. A new case has no grant yet: its first grant
    // (even in the same statement, as create-case's) counts it.
    await q.query(`CREATE FUNCTION organisation_counts_case_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        INSERT INTO organisation_case_counts (organisation_id, form, n)
        SELECT h.organisation_id, x.form, sum(x.n)
        FROM (
          SELECT '' AS form, 1 AS n WHERE NEW.case_status NOT IN ('closed', 'closed_referred')
          UNION ALL SELECT u, 1 FROM unnest(NEW.exploitation_forms) u WHERE u IS NOT NULL AND NEW.case_status NOT IN ('closed', 'closed_referred')
          UNION ALL SELECT '', -1 WHERE OLD.case_status NOT IN ('closed', 'closed_referred')
          UNION ALL SELECT u, -1 FROM unnest(OLD.exploitation_forms) u WHERE u IS NOT NULL AND OLD.case_status NOT IN ('closed', 'closed_referred')
        ) x
        CROSS JOIN (SELECT DISTINCT a.organisation_id FROM case_access a WHERE a.case_id = NEW.id AND a.revoked_at IS NULL AND a.expires_at IS NULL) h
        GROUP BY 1, 2 HAVING sum(x.n) <> 0;
        RETURN NULL;
      END $fn$`);
    await q.query(`CREATE FUNCTION organisation_counts_fold(org uuid) RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        -- One folder per organisation at a time; the others read the rows as they are. Writers only insert.
        IF NOT pg_try_advisory_xact_lock(hashtext('mnio.organisation_counts_fold'), hashtext(org::text)) THEN RETURN; END IF;
        WITH gone AS (DELETE FROM organisation_deadline_counts WHERE organisation_id = org RETURNING kind, due_on, review, n)
        INSERT INTO organisation_deadline_counts (organisation_id, kind, due_on, review, n, folded)
        SELECT org, kind, due_on, review, sum(n), true FROM gone GROUP BY kind, due_on, review HAVING sum(n) <> 0;
        WITH gone AS (DELETE FROM organisation_case_counts WHERE organisation_id = org RETURNING form, n)
        INSERT INTO organisation_case_counts (organisation_id, form, n, folded)
        SELECT org, form, sum(n), true FROM gone GROUP BY form HAVING sum(n) <> 0;
      END $fn$`);

    await q.query(`CREATE TRIGGER case_deadlines_org_counts_ins AFTER INSERT ON case_deadlines REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_deadlines_inserted()`);
    await q.query(`CREATE TRIGGER case_deadlines_org_counts_upd AFTER UPDATE ON case_deadlines REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_deadlines_updated()`);
    await q.query(`CREATE TRIGGER case_deadlines_org_counts_del AFTER DELETE ON case_deadlines REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_deadlines_deleted()`);
    await q.query(`CREATE TRIGGER case_access_org_counts_ins AFTER INSERT ON case_access REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_grants_inserted()`);
    await q.query(`CREATE TRIGGER case_access_org_counts_upd AFTER UPDATE ON case_access REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_grants_updated()`);
    await q.query(`CREATE TRIGGER case_access_org_counts_del AFTER DELETE ON case_access REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION organisation_counts_grants_deleted()`);
    await q.query(`CREATE TRIGGER cases_org_counts_upd AFTER UPDATE ON cases FOR EACH ROW
      WHEN ((OLD.case_status NOT IN ('closed', 'closed_referred')) IS DISTINCT FROM (NEW.case_status NOT IN ('closed', 'closed_referred'))
        OR OLD.exploitation_forms IS DISTINCT FROM NEW.exploitation_forms)
      EXECUTE FUNCTION organisation_counts_case_changed()`);

    // Backfill: the triggers' creation holds each table against writes until this transaction ends (writers that
    // began before it are waited for), so this statement sees every committed row and no write falls between.
    await q.query(`INSERT INTO organisation_deadline_counts (organisation_id, kind, due_on, review, n, folded)
      SELECT h.organisation_id, d.kind, d.due_on, (d.kind = 'cell_review' AND d.responsible_organisation_id = h.organisation_id), count(*), true
      FROM (SELECT DISTINCT case_id, organisation_id FROM case_access WHERE ${LASTING}) h
      JOIN case_deadlines d ON d.case_id = h.case_id AND d.closed_at IS NULL
      GROUP BY 1, 2, 3, 4`);
    await q.query(`INSERT INTO organisation_case_counts (organisation_id, form, n, folded)
      SELECT h.organisation_id, f.form, count(*), true
      FROM (SELECT DISTINCT case_id, organisation_id FROM case_access WHERE ${LASTING}) h
      JOIN cases c ON c.id = h.case_id AND ${ACTIVE('c')}
      CROSS JOIN LATERAL (SELECT '' AS form UNION ALL SELECT u FROM unnest(c.exploitation_forms) u WHERE u IS NOT NULL) f
      GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER case_deadlines_org_counts_${t} ON case_deadlines`);
    for (const t of ['ins', 'upd', 'del']) await q.query(`DROP TRIGGER case_access_org_counts_${t} ON case_access`);
    await q.query(`DROP TRIGGER cases_org_counts_upd ON cases`);
    for (const f of ['deadlines_inserted', 'deadlines_updated', 'deadlines_deleted', 'grants_inserted', 'grants_updated', 'grants_deleted', 'case_changed']) {
      await q.query(`DROP FUNCTION organisation_counts_${f}()`);
    }
    await q.query(`DROP FUNCTION organisation_counts_fold(uuid)`);
    await q.query(`DROP TABLE organisation_case_counts`);
    await q.query(`DROP TABLE organisation_deadline_counts`);
  }
}
