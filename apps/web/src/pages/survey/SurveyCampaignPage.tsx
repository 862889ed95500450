import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { frDate, frDateTime, label, ORGANISATION_KINDS, SURVEY_CAMPAIGN_STATUSES, SURVEY_QUESTIONNAIRE_STATUSES } from '../../domain/labels';
import { StatTable } from '../statistics/StatTable';
import '../statistics/statistics.css';
import type { Campaign, CampaignResults, CampaignSummary } from './types';

function Results({ year }: { year: number }) {
  const results = useQuery({
    queryKey: ['survey-results', year],
    queryFn: () => unwrap<CampaignResults>(api.GET('/api/survey-campaigns/{year}/results', { params: { path: { year } } })),
  });
  const [error, setError] = useState<unknown>(null);
  const download = async (format: 'csv' | 'xlsx') => {
    setError(null);
    try {
      await downloadFile(`/api/survey-campaigns/${year}/results/export?format=${format}`, `enquete-${year}.${format}`);
    } catch (e) {
      setError(e);
    }
  };
  const r = results.data;
  return (
    <Section title={`Résultats nationaux ${year}`} id="resultats">
      {results.isPending && <Loading what="Calcul des résultats…" />}
      <ErrorAlert error={results.error ?? error} />
      {r && (
        <>
          <Alert
            severity="info"
            small
            className="fr-mb-3w"
            description={
              <>
                {`${r.answered} questionnaire${r.answered > 1 ? 's' : ''} signé${r.answered > 1 ? 's' : ''} sur ${r.total}. `}
                Une personne suivie par plusieurs organisations est <strong>comptée une fois</strong> : les dossiers sont rapprochés comme pour la
                détection des doublons, sans qu’aucune identité ne soit lue. Les personnes rencontrées hors mnio sont ajoutées telles que les
                organisations les déclarent : elles ne peuvent pas être dédoublonnées. Secret statistique : « s » remplace tout effectif{' '}
                {r.threshold > 2 ? `de 1 à ${r.threshold - 1}` : 'de 1'}, et les effectifs qui permettraient de le recalculer.
              </>
            }
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
            <li>
              <Button priority="secondary" iconId="fr-icon-download-line" onClick={() => download('csv')}>
                Télécharger (CSV)
              </Button>
            </li>
            <li>
              <Button priority="secondary" iconId="fr-icon-download-line" onClick={() => download('xlsx')}>
                Télécharger (Excel)
              </Button>
            </li>
          </ul>
          <StatTable table={r.once} />
          {r.tables.map((t) => (
            <StatTable key={t.key} table={t} />
          ))}
        </>
      )}
    </Section>
  );
}

function Follow({ year }: { year: number }) {
  const client = useQueryClient();
  const campaign = useQuery({
    queryKey: ['survey-campaign', year],
    queryFn: () => unwrap<Campaign>(api.GET('/api/survey-campaigns/{year}', { params: { path: { year } } })),
  });
  const close = useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/survey-campaigns/{year}/close', { params: { path: { year } }, body: { version } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['survey-campaign'] }),
  });
  const c = campaign.data;
  if (campaign.isPending) return <Loading />;
  if (!c) return <ErrorAlert error={campaign.error} />;
  return (
    <>
      <Section title={`Campagne ${c.year}`} id="suivi">
        <p>
          <Badge severity={c.status === 'open' ? 'info' : 'success'} noIcon>
            {label(SURVEY_CAMPAIGN_STATUSES, c.status)}
          </Badge>{' '}
          Ouverte le {frDate(c.openedAt)}
          {c.closedAt ? `, close le ${frDate(c.closedAt)}` : ''}. <strong>{`${c.answered} organisation${c.answered > 1 ? 's' : ''} sur ${c.total}`}</strong> ont
          signé et envoyé leur questionnaire.
        </p>
        <DataTable
          caption={`Réponses des organisations à la campagne ${c.year}`}
          headers={['Organisation', 'Type', 'État', 'Envoyé le', 'Signé par']}
          rowKeys={c.questionnaires.map((q) => q.id)}
          rows={c.questionnaires.map((q) => [
            q.organisationName,
            label(ORGANISATION_KINDS, q.organisationKind),
            <Badge key="s" small severity={q.status === 'submitted' ? 'success' : 'new'} noIcon>
              {label(SURVEY_QUESTIONNAIRE_STATUSES, q.status)}
            </Badge>,
            q.submittedAt ? frDateTime(q.submittedAt) : 'Pas encore',
            q.submittedByName ?? '—',
          ])}
        />
        <ErrorAlert error={close.error} />
        {c.status === 'open' && (
          <Button priority="secondary" onClick={() => close.mutate(c.version)} disabled={close.isPending}>
            Clore la campagne {c.year}
          </Button>
        )}
      </Section>
      <Results year={c.year} />
    </>
  );
}

/**
 * The national analyst's annual survey campaign: open one for a calendar year (each organisation that follows
 * victims gets its questionnaire, pre-filled from its own files), follow who has signed, close it, and read the
 * national results where each person counts once.
 */
export function SurveyCampaignPage() {
  usePageTitle('Campagne d’enquête annuelle');
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const campaigns = useQuery({ queryKey: ['survey-campaigns'], queryFn: () => unwrap<CampaignSummary[]>(api.GET('/api/survey-campaigns')) });
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const open = useMutation({
    mutationFn: (y: number) => unwrap<Campaign>(api.POST('/api/survey-campaigns', { body: { year: y } })),
    onSuccess: (c) => setParams({ annee: String(c.year) }),
    onSettled: () => client.invalidateQueries({ queryKey: ['survey-campaigns'] }),
  });
  const chosen = Number(params.get('annee')) || campaigns.data?.[0]?.year;
  return (
    <>
      <p>
        <Link to="/statistiques">Retour aux statistiques</Link>
      </p>
      <h1>Campagne d’enquête annuelle</h1>
      <p className="fr-text--lead">
        Chaque organisation qui suit des victimes reçoit son questionnaire pré-rempli à partir de ses propres situations, le complète des personnes
        rencontrées hors mnio puis le signe. Les totaux nationaux comptent chaque personne une fois.
      </p>
      <Section title="Ouvrir une campagne" id="ouvrir">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            open.mutate(Number(year));
          }}
        >
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-4">
              <Input
                label="Année enquêtée"
                hintText="L’année civile dont les victimes sont comptées (une campagne par année)"
                nativeInputProps={{ type: 'number', min: 2000, max: 2100, value: year, onChange: (e) => setYear(e.target.value), required: true }}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
              <Button type="submit" disabled={open.isPending}>
                Ouvrir la campagne
              </Button>
            </div>
          </div>
        </form>
        <ErrorAlert error={open.error} />
      </Section>
      <Section title="Campagnes" id="campagnes">
        {campaigns.isPending && <Loading />}
        <ErrorAlert error={campaigns.error} />
        {campaigns.data &&
          (campaigns.data.length === 0 ? (
            <Empty>Aucune campagne ouverte pour l’instant.</Empty>
          ) : (
            <ul>
              {campaigns.data.map((c) => (
                <li key={c.id}>
                  <Link to={`?annee=${c.year}`} aria-current={c.year === chosen ? 'page' : undefined}>
                    {`Campagne ${c.year}`}
                  </Link>
                  {` — ${label(SURVEY_CAMPAIGN_STATUSES, c.status).toLowerCase()}, ${c.answered} réponse${c.answered > 1 ? 's' : ''} sur ${c.total}`}
                </li>
              ))}
            </ul>
          ))}
      </Section>
      {chosen ? <Follow key={chosen} year={chosen} /> : null}
    </>
  );
}
