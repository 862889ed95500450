import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { frDate, frDateTime, label, SURVEY_QUESTIONNAIRE_STATUSES, SURVEY_REASONS } from '../../domain/labels';
import { StatTable } from '../statistics/StatTable';
import '../statistics/statistics.css';
import type { ReportTable } from '../statistics/types';
import type { Correction, MyQuestionnaire, Questionnaire } from './types';

/** The lines a correction may name: the survey's figures (dimension, row, column), as the questionnaire shows them. */
const LINE_DIMS: { dim: string; cols: string[] }[] = [
  { dim: 'summary', cols: ['count'] },
  { dim: 'form', cols: ['spotted', 'accompanied'] },
  { dim: 'sex', cols: ['count'] },
  { dim: 'age_band', cols: ['count'] },
  { dim: 'minor', cols: ['count'] },
  { dim: 'world_region', cols: ['count'] },
  { dim: 'place', cols: ['count'] },
  { dim: 'complaint', cols: ['count'] },
];
/**
 * Every line a correction may name, with its words, from the questionnaire's own tables (their French labels come
 * with them from the API, the statistics' one source): each row of the table of a dimension × the columns asked.
 */
function linesOf(tables: ReportTable[]): { key: string; dim: string; code: string; col: string; text: string }[] {
  return LINE_DIMS.flatMap(({ dim, cols }) => {
    const table = tables.find((t) => t.key.startsWith('survey.') && t.rowDimension === dim);
    if (!table) return [];
    return table.rows.flatMap((row, r) =>
      row.code === 'other_unknown' && dim === 'sex'
        ? []
        : cols
            .filter((col) => table.columns.includes(col))
            .map((col) => {
              const column = table.labels.columns[table.columns.indexOf(col)] ?? col;
              return { key: `${dim}|${row.code}|${col}`, dim, code: row.code, col, text: `${table.labels.dimension} : ${table.labels.rows[r] ?? row.code}${col === 'count' ? '' : ` (${column.toLowerCase()})`}` };
            }),
    );
  });
}

function Corrections({ q }: { q: Questionnaire }) {
  const client = useQueryClient();
  const lines = useMemo(() => linesOf(q.tables), [q.tables]);
  const lineLabel = (c: Pick<Correction, 'dim' | 'code' | 'col'>) => lines.find((l) => l.key === `${c.dim}|${c.code}|${c.col}`)?.text ?? 'Autre ligne du questionnaire';
  const [line, setLine] = useState('summary|spotted|count');
  const [count, setCount] = useState('1');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: (corrections: Correction[]) =>
      unwrap<Questionnaire>(api.PUT('/api/survey-questionnaires/{id}/corrections', { params: { path: { id: q.id } }, body: { version: q.version, corrections: corrections as never } })),
    onSuccess: (saved) => {
      client.setQueryData(['survey-questionnaire', q.id], saved);
      setCount('1');
      setReason('');
    },
    onError: () => client.invalidateQueries({ queryKey: ['survey-questionnaire', q.id] }),
  });
  const editable = q.status === 'draft' && q.campaignStatus === 'open';
  return (
    <Section title="Personnes rencontrées hors mnio" id="corrections">
      <p>
        Ajoutez ici les personnes que votre organisation a suivies pendant l’année sans situation dans mnio, ligne par ligne, avec le motif. Aucun nom,
        aucun détail : un nombre et un motif de la liste. Ces personnes s’ajoutent aux totaux nationaux sans pouvoir être dédoublonnées.
      </p>
      {q.corrections.length === 0 ? (
        <Empty>Aucune correction.</Empty>
      ) : (
        <DataTable
          caption="Corrections du questionnaire"
          headers={['Ligne', 'Personnes', 'Motif', ...(editable ? ['Action'] : [])]}
          rowKeys={q.corrections.map((c) => `${c.dim}|${c.code}|${c.col}|${c.reason}`)}
          rows={q.corrections.map((c, i) => [
            lineLabel(c),
            c.count.toLocaleString('fr-FR'),
            label(SURVEY_REASONS, c.reason),
            ...(editable
              ? [
                  <Button key="r" size="small" priority="tertiary" onClick={() => save.mutate(q.corrections.filter((_, j) => j !== i))} disabled={save.isPending}>
                    Retirer
                  </Button>,
                ]
              : []),
          ])}
        />
      )}
      <ErrorAlert error={save.error} />
      {editable && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const [dim, code, col] = line.split('|');
            save.mutate([...q.corrections, { dim, code, col, count: Number(count), reason }]);
          }}
        >
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-5">
              <Select label="Ligne du questionnaire" nativeSelectProps={{ value: line, onChange: (e) => setLine(e.target.value), required: true }}>
                {lines.map((l) => (
                  <option key={l.key} value={l.key}>
                    {l.text}
                  </option>
                ))}
              </Select>
            </div>
            <div className="fr-col-12 fr-col-md-2">
              <Input label="Personnes" nativeInputProps={{ type: 'number', min: 1, max: 100000, value: count, onChange: (e) => setCount(e.target.value), required: true }} />
            </div>
            <div className="fr-col-12 fr-col-md-5">
              <Select label="Motif" nativeSelectProps={{ value: reason, onChange: (e) => setReason(e.target.value), required: true }}>
                <option value="" disabled>
                  Sélectionner un motif
                </option>
                {Object.entries(SURVEY_REASONS).map(([code, text]) => (
                  <option key={code} value={code}>
                    {text}
                  </option>
                ))}
              </Select>
            </div>
          </div>
          <Button type="submit" priority="secondary" disabled={save.isPending}>
            Ajouter la correction
          </Button>
        </form>
      )}
    </Section>
  );
}

function Sign({ q }: { q: Questionnaire }) {
  const client = useQueryClient();
  const [certified, setCertified] = useState(false);
  const submit = useMutation({
    mutationFn: () => unwrap<Questionnaire>(api.POST('/api/survey-questionnaires/{id}/submit', { params: { path: { id: q.id } }, body: { version: q.version } })),
    onSuccess: (saved) => client.setQueryData(['survey-questionnaire', q.id], saved),
    onSettled: () => client.invalidateQueries({ queryKey: ['survey-questionnaires'] }),
  });
  if (q.status === 'submitted') {
    return (
      <Alert
        severity="success"
        title="Questionnaire signé et envoyé"
        description={`Signé par ${q.submittedByName ?? 'votre organisation'} le ${q.submittedAt ? frDateTime(q.submittedAt) : '—'}. Il ne peut plus être modifié.`}
        className="fr-mb-3w"
      />
    );
  }
  if (q.campaignStatus !== 'open') return <Alert severity="warning" small description="La campagne est close : ce questionnaire ne peut plus être envoyé." className="fr-mb-3w" />;
  return (
    <Section title="Signer et envoyer" id="signer">
      <Checkbox
        options={[
          {
            label: 'Je certifie, au nom de mon organisation, que ces chiffres et ces corrections sont exacts.',
            nativeInputProps: { checked: certified, onChange: (e) => setCertified(e.target.checked) },
          },
        ]}
      />
      <ErrorAlert error={submit.error} />
      <Button iconId="fr-icon-send-plane-line" onClick={() => submit.mutate()} disabled={!certified || submit.isPending}>
        Signer et envoyer
      </Button>
    </Section>
  );
}

function QuestionnaireView({ id }: { id: string }) {
  const q = useQuery({
    queryKey: ['survey-questionnaire', id],
    queryFn: () => unwrap<Questionnaire>(api.GET('/api/survey-questionnaires/{id}', { params: { path: { id } } })),
  });
  if (q.isPending) return <Loading what="Calcul de votre questionnaire…" />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const d = q.data;
  return (
    <>
      <h2 className="fr-h3">
        Enquête {d.year} — {d.organisationName}{' '}
        <Badge severity={d.status === 'submitted' ? 'success' : 'new'} noIcon>
          {label(SURVEY_QUESTIONNAIRE_STATUSES, d.status)}
        </Badge>
      </h2>
      <Sign q={d} />
      <Section title="Pré-rempli à partir de vos situations" id="pre-rempli">
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description={`Chiffres de votre organisation, sans secret statistique : une personne compte si sa situation était suivie pendant l’année ${d.year}. ${
            d.status === 'submitted' ? 'Chiffres tels que signés.' : `Données à jour au ${d.freshness.lastEventAt ? frDate(d.freshness.lastEventAt) : '—'}.`
          }`}
        />
        {d.tables.map((t) => (
          <StatTable key={t.key} table={t} />
        ))}
      </Section>
      <Corrections q={d} />
    </>
  );
}

/**
 * « Enquête annuelle »: the questionnaire of the organisation the user signs for, pre-filled from its own cases, with
 * its corrections (persons met outside mnio, a count and a reason code) and « Signer et envoyer ».
 */
export function SurveyQuestionnairePage() {
  usePageTitle('Enquête annuelle');
  const [params, setParams] = useSearchParams();
  const mine = useQuery({ queryKey: ['survey-questionnaires'], queryFn: () => unwrap<MyQuestionnaire[]>(api.GET('/api/survey-questionnaires')) });
  const chosen = mine.data?.find((q) => q.id === params.get('questionnaire')) ?? mine.data?.[0];
  return (
    <>
      <h1>Enquête annuelle sur les victimes accompagnées</h1>
      <p className="fr-text--lead">
        Chaque année, la coordination nationale recense les victimes suivies par les associations et les structures d’accueil. Votre questionnaire est
        pré-rempli à partir de vos situations : vérifiez-le, ajoutez les personnes rencontrées hors mnio, puis signez-le.
      </p>
      {mine.isPending && <Loading />}
      <ErrorAlert error={mine.error} />
      {mine.data && mine.data.length === 0 && <Empty>Aucune campagne d’enquête n’est ouverte pour votre organisation.</Empty>}
      {mine.data && mine.data.length > 1 && (
        <Select label="Campagne" nativeSelectProps={{ value: chosen?.id, onChange: (e) => setParams({ questionnaire: e.target.value }) }}>
          {mine.data.map((q) => (
            <option key={q.id} value={q.id}>
              {`Enquête ${q.year} — ${q.organisationName} (${label(SURVEY_QUESTIONNAIRE_STATUSES, q.status).toLowerCase()})`}
            </option>
          ))}
        </Select>
      )}
      {chosen && <QuestionnaireView key={chosen.id} id={chosen.id} />}
    </>
  );
}
