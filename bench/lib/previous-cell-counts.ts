import type { ClientBase } from 'pg';

/**
 * A CLAV cell's dashboard counts as `CellCaseCountsHandler` computed them before issue 17 §5 (three materialised
 * CTEs, two scanned twice), kept verbatim so that a benchmark and a test can check, on the same data, that the
 * faster statement gives the very same figures.
 */
export async function previousCellCaseCounts(db: ClientBase, organisationId: string, today: string, upcomingUntil: string) {
  const { rows: [row] } = await db.query<{ review: number; deadlines: { bucket: string; kind: string; n: number }[]; active: number; forms: Record<string, number> }>(
    `WITH v AS MATERIALIZED (
       SELECT DISTINCT case_id FROM case_access WHERE organisation_id = $1 AND revoked_at IS NULL AND expires_at IS NULL
     ), d AS MATERIALIZED (
       SELECT d.kind, d.due_on, d.responsible_organisation_id FROM case_deadlines d JOIN v ON v.case_id = d.case_id
       WHERE d.closed_at IS NULL AND (d.due_on <= $3::date OR (d.kind = 'cell_review' AND d.responsible_organisation_id = $1))
     ), a AS MATERIALIZED (
       SELECT c.exploitation_forms FROM cases c JOIN v ON v.case_id = c.id WHERE c.case_status NOT IN ('closed', 'closed_referred')
     )
     SELECT
       (SELECT count(*)::int FROM d WHERE kind = 'cell_review' AND responsible_organisation_id = $1) AS review,
       coalesce((SELECT json_agg(k) FROM (
         SELECT CASE WHEN due_on < $2::date THEN 'overdue' ELSE 'upcoming' END AS bucket, kind, count(*)::int AS n
         FROM d WHERE due_on <= $3::date GROUP BY 1, 2) k), '[]') AS deadlines,
       (SELECT count(*)::int FROM a) AS active,
       coalesce((SELECT json_object_agg(f, n) FROM (SELECT f, count(*)::int AS n FROM a, unnest(a.exploitation_forms) f GROUP BY f) x), '{}') AS forms`,
    [organisationId, today, upcomingUntil],
  );
  const bucket = (name: string) => {
    const rows = row.deadlines.filter((d) => d.bucket === name);
    return { count: rows.reduce((n, d) => n + d.n, 0), byKind: Object.fromEntries(rows.map((d) => [d.kind, d.n])) };
  };
  return { reviewPending: row.review, overdue: bucket('overdue'), upcoming: bucket('upcoming'), activeCases: row.active, byExploitationForm: row.forms };
}

/** The same figures whatever the order of the keys. */
export function sortedCounts<T>(counts: T): T {
  const sort = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sort(x)]))
    : v);
  return sort(counts) as T;
}
