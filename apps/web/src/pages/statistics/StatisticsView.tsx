import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading } from '../../components/common';
import { frDate, frDateTime, STAT_REPORTS } from '../../domain/labels';
import { downloadReport } from './downloads';
import { StatFiltersForm } from './StatFiltersForm';
import { StatTable } from './StatTable';
import { HtcdsRecordsDownload } from './records/HtcdsRecordsDownload';
import { type Report, type ReportKind, SUPPRESSED } from './types';
import { apiQuery, useStatFilters } from './useStatFilters';
import './statistics.css';

const periodText = (p: { from: string; to: string }) => `du ${frDate(p.from)} au ${frDate(p.to)}`;

/**
 * The statistics a role reads: its reports as tabs (none when there is one), the filters in the address, the
 * threshold, the freshness and the compared period stated, downloads, and each table with its chart.
 * `geography` false: a cell's own page (its territory is fixed by the API).
 */
export function StatisticsView({ reports, geography = true }: { reports: readonly ReportKind[]; geography?: boolean }) {
  const [filters, setFilters] = useStatFilters(reports);
  // the record-level export is the national analyst's only (the Ac.Sé coordination reads national capacity tables, not records)
  const records = useAuth().can('export', 'Statistics', { scope: 'national', report: 'htcds_records' });
  const query = apiQuery(filters);
  const report = useQuery({
    queryKey: ['statistics', filters.report, query],
    queryFn: () =>
      unwrap<Report>(api.GET('/api/statistics/{report}', { params: { path: { report: filters.report }, query: query as { year: number } } })),
  });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [busy, setBusy] = useState<'csv' | 'xlsx' | null>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    setDownloadError(null);
    try {
      await downloadReport(filters.report, query, format);
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(null);
    }
  };
  const r = report.data;
  const body: ReactNode = (
    <>
      {report.isPending && <Loading what="Calcul des statistiques…" />}
      {report.isError && <ErrorAlert error={report.error} title="Les statistiques n’ont pas pu être calculées" />}
      {r && (
        <>
          <h2 className="fr-h4">
            {STAT_REPORTS[r.report]} {r.period ? periodText(r.period) : r.filters.year}
          </h2>
          <Alert
            severity="info"
            small
            className="fr-mb-3w"
            description={
              <>
                {r.threshold
                  ? `Secret statistique : « ${SUPPRESSED} » remplace tout effectif de 1 à ${r.threshold - 1}, et les effectifs masqués pour qu’il ne puisse pas être recalculé à partir des totaux.`
                  : 'Chiffres de votre organisation, sans secret statistique.'}{' '}
                {r.freshness.lastEventAt ? `Données à jour au ${frDateTime(r.freshness.lastEventAt)}.` : 'Aucune donnée reçue pour le moment.'}
                {r.previous && ` Sous chaque chiffre, « préc. » : la période précédente, ${periodText(r.previous.period)}.`}
                {r.contributingOrganisations !== null && ` Organisations dont les situations sont comptées : ${r.contributingOrganisations}.`}
              </>
            }
          />
          <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-3w">
            <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy !== null} onClick={() => void download('csv')}>
              Télécharger (CSV)
            </Button>
            <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy !== null} onClick={() => void download('xlsx')}>
              Télécharger (Excel)
            </Button>
          </div>
          {downloadError !== null && <ErrorAlert error={downloadError} title="Le téléchargement n’a pas abouti" />}
          {r.tables.map((t) => (
            <StatTable key={t.key} table={t} previous={r.previous?.tables.find((p) => p.key === t.key)} />
          ))}
        </>
      )}
    </>
  );
  return (
    <>
      <StatFiltersForm key={filters.report} filters={filters} onChange={setFilters} geography={geography} />
      {reports.length > 1 ? (
        <Tabs
          selectedTabId={filters.report}
          onTabChange={(id) => setFilters({ report: id as ReportKind })}
          tabs={reports.map((id) => ({ tabId: id, label: STAT_REPORTS[id] }))}
        >
          {body}
        </Tabs>
      ) : (
        body
      )}
      {r?.scope === 'national' && records && <HtcdsRecordsDownload year={filters.year} />}
    </>
  );
}
