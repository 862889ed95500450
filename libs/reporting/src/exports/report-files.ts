import ExcelJS from 'exceljs';
import type { Figure, ReportTable } from '../domain/tables';
import type { Report } from '../domain/reports';
import { codeLabel, REGIONS, STAT_COLUMN_LABELS, STAT_DIMENSION_LABELS, STAT_TABLE_TITLES } from './labels-fr';

/** The mark of a suppressed figure in files and pages: never 0, never the value. */
export const SUPPRESSED_MARK = 's';

const figure = (f: Figure | null): string | number => (f === null ? '' : f.suppressed ? SUPPRESSED_MARK : (f.value ?? ''));

/** Every table as rows of cells, French headers: [title], [dimension, columns…, Total], rows, Total row. */
export function tableRows(t: ReportTable): (string | number)[][] {
  const head = [STAT_DIMENSION_LABELS[t.rowDimension] ?? t.rowDimension, ...t.columns.map((c) => STAT_COLUMN_LABELS[c] ?? c)];
  const withTotal = t.additive && t.columns.length > 1;
  const out: (string | number)[][] = [[STAT_TABLE_TITLES[t.key] ?? t.key], withTotal ? [...head, 'Total'] : head];
  for (const r of t.rows) out.push([codeLabel(t.rowDimension, r.code), ...r.cells.map(figure), ...(withTotal ? [figure(r.total)] : [])]);
  if (t.totals) out.push(['Total', ...t.totals.cells.map(figure), ...(withTotal ? [figure(t.totals.total)] : [])]);
  return out;
}

const REPORT_TITLES: Record<string, string> = {
  survey: 'Enquête annuelle sur les victimes accompagnées', eu: 'Tableaux UE / GRETA', activity: 'Activité de la cellule et orientations',
  capacity: 'Capacité d’orientation et d’hébergement',
};
const FR_DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const frDay = (d: string) => FR_DAY.format(new Date(`${d}T00:00:00Z`));
const frPeriod = (p: { from: string; to: string }) => `du ${frDay(p.from)} au ${frDay(p.to)}`;
const FR_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
const frTime = (t: string) => FR_TIME.format(new Date(t));

/** A file other than a plain report (the survey campaign's national results): its title and notes under the preamble. */
export interface FileOptions {
  title?: string;
  notes?: (string | number)[][];
}

function preamble(report: Report, opts: FileOptions = {}): (string | number)[][] {
  const f = report.filters;
  return [
    [opts.title ?? REPORT_TITLES[report.report] ?? report.report],
    ...(report.period ? [['Période', frPeriod(report.period)]] : [['Année', f.year]]),
    ...(report.previous ? [['Période précédente (comparaison)', frPeriod(report.previous.period)]] : []),
    ...(f.region ? [['Région', REGIONS[f.region] ?? f.region]] : []),
    ...(f.territory ? [['Département', f.territory]] : []),
    ...(f.form ? [['Forme d’exploitation', codeLabel('form', f.form)]] : []),
    ...(f.minor !== undefined ? [['Minorité', f.minor ? 'Personnes mineures' : 'Personnes majeures']] : []),
    report.threshold
      ? [`Secret statistique : « ${SUPPRESSED_MARK} » remplace tout effectif de 1 à ${report.threshold - 1}, et les effectifs masqués pour qu’il ne puisse pas être recalculé.`]
      : ['Chiffres de votre organisation, sans secret statistique.'],
    ['Données à jour au', report.freshness.lastEventAt ? frTime(report.freshness.lastEventAt) : 'aucun événement reçu'],
    ...(report.contributingOrganisations !== null ? [['Organisations contributrices', report.contributingOrganisations]] : []),
    ...(opts.notes ?? []),
  ];
}

/** The same table over the previous period, below it: [title « période précédente »], header, rows. */
function previousRows(report: Report, t: ReportTable): (string | number)[][] {
  const prior = report.previous?.tables.find((p) => p.key === t.key);
  if (!prior || !report.previous) return [];
  const [title, ...rest] = tableRows(prior);
  return [[], [`${title[0]} — période précédente, ${frPeriod(report.previous.period)}`], ...rest];
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** CSV as French spreadsheets open it: UTF-8 with a BOM, `;` separator, CRLF; one block per table. */
export function reportCsv(report: Report, opts: FileOptions = {}): Buffer {
  const lines = [...preamble(report, opts), [], ...report.tables.flatMap((t) => [...tableRows(t), ...previousRows(report, t), []])];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(csvCell).join(';')).join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: a sheet « Présentation » then one sheet per table. */
export async function reportXlsx(report: Report, opts: FileOptions = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'mnio';
  const intro = book.addWorksheet('Présentation');
  preamble(report, opts).forEach((row) => intro.addRow(row));
  intro.getColumn(1).width = 40;
  report.tables.forEach((t, i) => {
    const sheet = book.addWorksheet(`${i + 1} ${STAT_DIMENSION_LABELS[t.rowDimension] ?? t.rowDimension}`.slice(0, 31).replace(/[*?:\\/[\]]/g, ' '));
    const rows = [...tableRows(t), ...previousRows(report, t)];
    rows.forEach((row) => sheet.addRow(row));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(2).font = { bold: true };
    sheet.getColumn(1).width = 44;
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
