import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorAlert, Loading, usePageTitle } from '../components/common';
import { frDateTime, STAT_REPORTS } from '../domain/labels';
import { downloadReport } from './statistics/downloads';
import { HtcdsRecordsDownload } from './statistics/records/HtcdsRecordsDownload';
import { StatFiltersForm } from './statistics/StatFiltersForm';
import { StatTable } from './statistics/StatTable';
import { type Report, SUPPRESSED } from './statistics/types';
import { apiQuery, useStatFilters } from './statistics/useStatFilters';
import './statistics/statistics.css';

/** National statistics: the annual survey and the EU / GRETA tables, pseudonymised and with small cells suppressed. */
export function StatisticsPage() {
  usePageTitle('Statistiques');
  const [filters, setFilters] = useStatFilters();
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
  return (
    <>
      <h1>Statistiques</h1>
      <p className="fr-text--lead">
        Chiffres agrégés et pseudonymisés : aucune situation individuelle, aucun nom, aucune référence. Une personne compte chaque année où elle a été suivie.
      </p>
      <StatFiltersForm filters={filters} onChange={setFilters} />
      <Tabs
        selectedTabId={filters.report}
        onTabChange={(id) => setFilters({ report: id as 'survey' | 'eu' | 'activity' })}
        tabs={[
          { tabId: 'survey', label: STAT_REPORTS.survey },
          { tabId: 'eu', label: STAT_REPORTS.eu },
          { tabId: 'activity', label: STAT_REPORTS.activity },
        ]}
      >
        {report.isPending && <Loading what="Calcul des statistiques…" />}
        {report.isError && <ErrorAlert error={report.error} title="Les statistiques n’ont pas pu être calculées" />}
        {r && (
          <>
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
            <h2 className="fr-h4">{STAT_REPORTS[r.report]} {r.filters.year}</h2>
            {r.tables.map((t) => (
              <StatTable key={t.key} table={t} />
            ))}
          </>
        )}
      </Tabs>
      {r?.scope === 'national' && <HtcdsRecordsDownload year={filters.year} />}
    </>
  );
}
