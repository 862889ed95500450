/** The statistics API's answer (GET /api/statistics/{report}): counts only, never a case. */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}
export interface ReportTable {
  key: string;
  rowDimension: string;
  columns: string[];
  additive: boolean;
  rows: { code: string; cells: Figure[]; total: Figure | null }[];
  totals: { cells: Figure[]; total: Figure } | null;
  /** The table's words in French, served with the report (the one source: libs/reporting's labels): one per column, one per row. */
  labels: { title: string; dimension: string; columns: string[]; rows: string[] };
}
export type ReportKind = 'survey' | 'eu' | 'activity' | 'capacity';
export interface Period {
  from: string;
  to: string;
}
export interface Report {
  report: ReportKind;
  scope: 'national' | 'territory' | 'organisation';
  filters: { year: number; from?: string; to?: string; territory?: string; region?: string; form?: string; minor?: boolean };
  threshold: number;
  publication: boolean;
  freshness: { lastEventAt: string | null; lastAppliedAt: string | null; rebuiltAt: string | null };
  contributingOrganisations: number | null;
  tables: ReportTable[];
  /** The period counted (activity, capacity); null for a calendar year's report. */
  period: Period | null;
  /** The same tables over the previous period of the same length, for the comparison. */
  previous: { period: Period; tables: ReportTable[] } | null;
}

/** The filters, as they live in the page's address (codes only). */
export interface StatFilters {
  report: ReportKind;
  year: number;
  /** A period other than the year (activity, capacity): days, both or neither. */
  from: string;
  to: string;
  region: string;
  territory: string;
  form: string;
  minor: '' | 'true' | 'false';
  /** Figures for a file marked for publication: the public threshold applies. */
  publication: boolean;
}

/** The mark of a suppressed figure (the exports use the same). */
export const SUPPRESSED = 's';
