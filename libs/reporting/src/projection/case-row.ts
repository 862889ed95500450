import type { CaseStatisticsFacts } from '@mnio/cases';
import { citizenshipOf, placeOf, worldRegionOf } from '../domain/geography';

/** The read model's columns for one case, in the order of UPSERT_CASE. No identity, no reference. */
export function caseRowValues(f: CaseStatisticsFacts): unknown[] {
  return [
    f.caseId, f.territory, f.regionCode, f.ownerOrganisationId, f.ownerKind, f.firstYear, f.closedYear, f.sex, f.ageBand, f.minor, f.minor ? (f.unaccompaniedMinor ?? null) : null,
    f.nationality, worldRegionOf(f.nationality), citizenshipOf(f.nationality), f.exploitationForms, placeOf(f.exploitedInFrance, f.exploitedAbroad),
    f.identificationStatus, f.identifiedByKind, f.presumedYear, f.identifiedYear, f.complaintFiled, f.reflectionYears, f.permitIssuedYears,
    f.permitRenewedYears, f.childProtectionStatus, f.placedYear, f.caseStatus, f.recordedOn, f.presumedOn, f.identifiedOn,
  ];
}

const COLUMNS = [
  'case_id', 'territory', 'region_code', 'owner_organisation_id', 'owner_kind', 'first_year', 'last_year', 'sex', 'age_band', 'minor', 'unaccompanied_minor',
  'nationality', 'world_region', 'citizenship', 'forms', 'place', 'identification_status', 'identified_by_kind', 'presumed_year', 'identified_year',
  'complaint_filed', 'reflection_years', 'permit_issued_years', 'permit_renewed_years', 'child_protection_status', 'placed_year', 'case_status',
  'recorded_on', 'presumed_on', 'identified_on',
];

/** Upsert of `rows` cases at once ($1…$n, COLUMNS.length per case). */
export function upsertCasesSql(rows: number): string {
  const n = COLUMNS.length;
  const values = Array.from({ length: rows }, (_, r) => `(${COLUMNS.map((_, c) => `$${r * n + c + 1}`).join(', ')}, now())`).join(', ');
  return `INSERT INTO reporting_cases (${COLUMNS.join(', ')}, projected_at) VALUES ${values}
    ON CONFLICT (case_id) DO UPDATE SET ${COLUMNS.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, projected_at = now()`;
}

/** Replaces the deadlines of these cases: (case, seq, territory, kind, due, closed) rows; no id, no responsible organisation. */
export function deadlineRows(facts: CaseStatisticsFacts[]): { sql: string; params: unknown[] } | null {
  const rows = facts.flatMap((f) => (f.deadlines ?? []).map((d, i) => [f.caseId, i, f.territory, d.kind, d.dueOn, d.closedOn]));
  if (!rows.length) return null;
  const values = rows.map((_, r) => `(${[1, 2, 3, 4, 5, 6].map((c) => `$${r * 6 + c}`).join(', ')})`).join(', ');
  return { sql: `INSERT INTO reporting_deadlines (case_id, seq, territory, kind, due_on, closed_on) VALUES ${values}`, params: rows.flat() };
}
