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
}
export interface Report {
  report: 'survey' | 'eu' | 'activity';
  scope: 'national' | 'territory' | 'organisation';
  filters: { year: number; territory?: string; region?: string; form?: string; minor?: boolean };
  threshold: number;
  publication: boolean;
  freshness: { lastEventAt: string | null; lastAppliedAt: string | null; rebuiltAt: string | null };
  contributingOrganisations: number | null;
  tables: ReportTable[];
}

/** The filters, as they live in the page's address (codes only). */
export interface StatFilters {
  report: 'survey' | 'eu' | 'activity';
  year: number;
  region: string;
  territory: string;
  form: string;
  minor: '' | 'true' | 'false';
  /** Figures for a file marked for publication: the public threshold applies. */
  publication: boolean;
}

/** The mark of a suppressed figure (the exports use the same). */
export const SUPPRESSED = 's';
