import { Inject, Injectable } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import ExcelJS from 'exceljs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Actor, asSubject, DomainError, NotFoundError, Transactional, Db } from '@mnio/platform';
import { REPORTING_CONFIG, ReportingConfig } from '../reporting.config';
import { HTCDS_FIELDS, HTCDS_QUASI_IDENTIFIERS, HtcdsRecord, htcdsAnonymityOptions, ReportingCaseFacts, shuffled, toHtcdsRecord } from './htcds-record';
import { InformationLoss, kAnonymise } from './k-anonymity';

export type HtcdsFormat = 'json' | 'csv' | 'xlsx';

export interface HtcdsExportMetadata {
  standard: 'IOM Human Trafficking Case Data Standard 2.0';
  fromYear: number;
  toYear: number;
  generatedAt: string;
  /** The read model's last applied event (its own time), or null. */
  lastEventAt: string | null;
  quasiIdentifiers: string[];
  fields: string[];
  loss: InformationLoss;
}

export interface HtcdsExport {
  metadata: HtcdsExportMetadata;
  records: HtcdsRecord[];
}

export interface HtcdsFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/**
 * The record-level export for the EU and international data collections: one pseudonymised record per case
 * first spotted in the period (not ruled out), k-anonymous on its quasi-identifiers. The national analyst only. Audited.
 */
export class ExportHtcdsRecordsQuery extends Query<HtcdsExport | HtcdsFile> {
  constructor(
    readonly actor: Actor,
    readonly fromYear: number,
    readonly toYear: number,
    readonly format: HtcdsFormat,
  ) {
    super();
  }
}

/** The longest period of one export, in years. */
export const HTCDS_MAX_YEARS = 10;

/** Reads the read model's facts for the export (no identity is there; no reference, no date but years). */
@Injectable()
export class HtcdsRecordStore {
  constructor(private readonly db: Db) {}

  async facts(fromYear: number, toYear: number): Promise<{ facts: ReportingCaseFacts[]; lastEventAt: string | null }> {
    const em = this.db.em;
    const facts: ReportingCaseFacts[] = await em.query(
      `SELECT sex, age_band AS "ageBand", world_region AS "worldRegion", forms, first_year AS "firstYear", region_code AS "regionCode",
              identification_status AS "identificationStatus", identified_by_kind AS "identifiedByKind", case_status AS "caseStatus"
       FROM reporting_cases WHERE first_year BETWEEN $1 AND $2 AND identification_status <> 'not_retained'`,
      [fromYear, toYear],
    );
    const [s]: { last_event_at: Date | null }[] = await em.query(`SELECT last_event_at FROM reporting_state WHERE id = 1`);
    return { facts, lastEventAt: s?.last_event_at ? s.last_event_at.toISOString() : null };
  }
}

@QueryHandler(ExportHtcdsRecordsQuery)
export class ExportHtcdsRecordsHandler implements IQueryHandler<ExportHtcdsRecordsQuery> {
  constructor(
    private readonly store: HtcdsRecordStore,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    @Inject(REPORTING_CONFIG) private readonly config: ReportingConfig,
  ) {}

  @Transactional()
  async execute({ actor, fromYear, toYear, format }: ExportHtcdsRecordsQuery): Promise<HtcdsExport | HtcdsFile> {
    const subject = asSubject('Statistics', { scope: 'national' });
    // Records, even pseudonymised, are for the national analyst only: to anyone else the export does not exist.
    if (!this.abilities.forActor(actor).can('export', subject)) throw new NotFoundError('Report');
    if (toYear < fromYear || toYear - fromYear + 1 > HTCDS_MAX_YEARS) throw new DomainError('REPORT_FILTER_INVALID', 'The period is invalid');
    const { facts, lastEventAt } = await this.store.facts(fromYear, toYear);
    const k = this.config.publicMinCell;
    const { records, loss } = kAnonymise(facts.map(toHtcdsRecord), htcdsAnonymityOptions(k, fromYear, toYear));
    await this.audit.record({
      action: 'statistics.exported', subjectType: 'statistics', subjectId: null, actorOrganisationId: actingOrganisationId(this.abilities, actor, 'export', subject),
      details: { report: 'htcds_records', format, scope: 'national', publication: true, fromYear, toYear, k, released: loss.released, suppressed: loss.suppressed },
    });
    const metadata: HtcdsExportMetadata = {
      standard: 'IOM Human Trafficking Case Data Standard 2.0', fromYear, toYear, generatedAt: new Date().toISOString().slice(0, 7), lastEventAt: lastEventAt?.slice(0, 7) ?? null,
      quasiIdentifiers: [...HTCDS_QUASI_IDENTIFIERS], fields: [...HTCDS_FIELDS], loss,
    };
    const out: HtcdsExport = { metadata, records: shuffled(records).map(pick) };
    if (format === 'json') return out;
    const name = `mnio-enregistrements-htcds-${fromYear}${toYear === fromYear ? '' : `-${toYear}`}`;
    return format === 'csv'
      ? { filename: `${name}.csv`, contentType: 'text/csv; charset=utf-8', body: htcdsCsv(out) }
      : { filename: `${name}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await htcdsXlsx(out) };
  }
}

/** Only the allowed fields, in order, whatever the record carried. */
function pick(r: HtcdsRecord): HtcdsRecord {
  return Object.fromEntries(HTCDS_FIELDS.map((f) => [f, r[f] ?? ''])) as HtcdsRecord;
}

const FIELD_LABELS_FR: Record<string, string> = {
  ext_RecordId: 'Identifiant aléatoire de la ligne (propre à cet export)',
  prs_Gender: 'Sexe',
  ext_AgeGroup: 'Tranche d’âge (ou Child / Adult)',
  ext_CitizenshipRegion: 'Région du monde de la nationalité',
  vic_TypeOfExploitation: 'Formes d’exploitation',
  ext_Year: 'Année du repérage (ou période)',
  ext_Region: 'Région (code INSEE, ou FR)',
  vic_TraffickingStatus: 'Statut d’identification',
  vic_TraffickingStatusDecisionMakingOrg: 'Qui a identifié',
  cas_Status: 'État de la situation',
};

/** The metadata as French lines: the period, k, and the information loss. */
export function htcdsMetadataLines(m: HtcdsExportMetadata): string[][] {
  const l = m.loss;
  return [
    ['Enregistrements pseudonymisés pour les collectes de données européennes et internationales (norme HTCDS de l’OIM)'],
    ['Période', m.fromYear === m.toYear ? String(m.fromYear) : `${m.fromYear} à ${m.toYear}`],
    ['Données à jour au (mois)', m.lastEventAt ?? 'aucun événement'],
    ['k-anonymat', `chaque combinaison de sexe, âge, région de nationalité, forme, année et région concerne au moins ${l.k} personnes`],
    ['Situations retenues', String(l.records)],
    ['Enregistrements publiés', String(l.released)],
    ...(l.diversity
      ? [['l-diversité', `chaque combinaison compte au moins ${l.diversity.l} valeurs différentes de ${Object.keys(l.diversity.fields).join(' et de ')}`],
          ...Object.entries(l.diversity.fields).map(([f, d]) => [
            `l atteint pour ${f}`,
            `${d.l}${d.l < l.diversity!.l ? ' (la période ne compte pas plus de valeurs différentes)' : ''} ; au moins ${d.leastDistinct ?? 0} valeur(s) différente(s) par combinaison publiée`,
          ])]
      : []),
    ['Enregistrements supprimés (classes de moins de k personnes ou trop homogènes)', String(l.suppressed)],
    ['Champs généralisés', l.generalisedFields.length ? l.generalisedFields.map((f) => `${f} (niveau ${l.levels[f]})`).join(', ') : 'aucun'],
    ...HTCDS_FIELDS.map((f) => [`Champ ${f}`, FIELD_LABELS_FR[f]]),
  ];
}

const csvCell = (v: string) => (/[";\n\r#]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** CSV: UTF-8 with a BOM, `;`, CRLF; the metadata first as lines starting with « # », then the HTCDS header and records. */
export function htcdsCsv(e: HtcdsExport): Buffer {
  const meta = htcdsMetadataLines(e.metadata).map((l) => `# ${l.map(csvCell).join(';')}`);
  const rows = [[...HTCDS_FIELDS], ...e.records.map((r) => HTCDS_FIELDS.map((f) => r[f]))].map((l) => l.map(csvCell).join(';'));
  return Buffer.from(`\uFEFF${[...meta, ...rows].join('\r\n')}\r\n`, 'utf8');
}

/** XLSX: a sheet « Présentation » (metadata and loss) and a sheet « Enregistrements ». */
export async function htcdsXlsx(e: HtcdsExport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'mnio';
  const intro = book.addWorksheet('Présentation');
  htcdsMetadataLines(e.metadata).forEach((row) => intro.addRow(row));
  intro.getColumn(1).width = 48;
  const sheet = book.addWorksheet('Enregistrements');
  sheet.addRow([...HTCDS_FIELDS]);
  sheet.getRow(1).font = { bold: true };
  for (const r of e.records) sheet.addRow(HTCDS_FIELDS.map((f) => r[f]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
