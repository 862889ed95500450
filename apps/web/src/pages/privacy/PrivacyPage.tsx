import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { frDate, frDateTime, label, LEGAL_HOLDS, RETENTION_RULE_KINDS, RETENTION_RUN_STATUSES, RETENTION_UNITS } from '../../domain/labels';
import { EraseCaseDialog, ErasureAnswer } from './EraseCaseDialog';

interface Rule { kind: string; amount: number; unit: string; updatedAt: string }
interface RunSummary { id: string; dryRun: boolean; trigger: string; status: string; requestedAt: string; finishedAt: string | null; erasedCount: number; heldCount: number; purgedCount: number }
interface Report extends RunSummary {
  rules: { kind: string; amount: number; unit: string; cutoff: string }[];
  progress: { rule?: string; scanned?: number; erased?: number; held?: number; purged?: number };
  erased: { organisationName: string; rule: string; count: number }[];
  held: { organisationName: string; rule: string; hold: string; count: number; references: string[] }[];
  purged: { rule: string; count: number }[];
}

const period = (r: { amount: number; unit: string }) => (r.unit === 'years' && r.amount === 1 ? '1 an' : `${r.amount} ${label(RETENTION_UNITS, r.unit)}`);
const ruleName = (kind: string) => label(RETENTION_RULE_KINDS, kind);
/** What a run did under one rule: cases anonymised (case rules) or rows purged (row rules). */
export const countOfRule = (r: Pick<Report, 'erased' | 'purged'>, kind: string): number =>
  r.erased.filter((l) => l.rule === kind).reduce((n, l) => n + l.count, 0) + (r.purged ?? []).filter((l) => l.rule === kind).reduce((n, l) => n + l.count, 0);

/** The last real run that finished, for the rules table's « dernier passage » column. */
function useLastRun() {
  const runs = useQuery({ queryKey: ['retention-runs'], queryFn: () => unwrap<RunSummary[]>(api.GET('/api/privacy/retention-runs')) });
  const last = runs.data?.find((r) => !r.dryRun && r.status === 'done');
  const report = useQuery({
    queryKey: ['retention-run', last?.id],
    queryFn: () => unwrap<Report>(api.GET('/api/privacy/retention-runs/{id}', { params: { path: { id: last?.id ?? '' } } })),
    enabled: Boolean(last),
  });
  return report.data;
}

/** Early erasure by reference: for the organisation's DPO (case-blind: no case page) and its coordinators. */
function EraseByReference() {
  const [reference, setReference] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<ErasureAnswer | null>(null);
  const valid = /^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/.test(reference.trim());
  return (
    <Section title="Effacer une situation à la demande de la personne" id="effacement">
      {done && <Alert severity="success" small description={`La situation ${done.reference} a été anonymisée le ${frDate(done.anonymisedAt)}.`} className="fr-mb-2w" />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) setConfirming(true);
        }}
      >
        <Input
          label="Référence de la situation"
          hintText="Format : 93-2026-000042"
          state={reference && !valid ? 'error' : 'default'}
          stateRelatedMessage={reference && !valid ? 'La référence ressemble à 93-2026-000042.' : undefined}
          nativeInputProps={{ value: reference, onChange: (e) => setReference(e.target.value) }}
        />
        <Button type="submit" iconId="fr-icon-delete-line">
          Anonymiser…
        </Button>
      </form>
      {confirming && (
        <EraseCaseDialog
          reference={reference.trim()}
          onClose={() => setConfirming(false)}
          onErased={(a) => {
            setConfirming(false);
            setDone(a);
            setReference('');
          }}
        />
      )}
    </Section>
  );
}

function RulesTable({ editable }: { editable: boolean }) {
  const client = useQueryClient();
  const rules = useQuery({ queryKey: ['retention-rules'], queryFn: () => unwrap<Rule[]>(api.GET('/api/privacy/retention-rules')) });
  const [editing, setEditing] = useState<{ kind: string; amount: string; unit: string } | null>(null);
  const last = useLastRun();
  const save = useMutation({
    mutationFn: (e: { kind: string; amount: string; unit: string }) =>
      unwrap<Rule>(api.PUT('/api/privacy/retention-rules/{kind}', { params: { path: { kind: e.kind } }, body: { amount: Number(e.amount), unit: e.unit as 'days' } })),
    onSuccess: () => {
      setEditing(null);
      void client.invalidateQueries({ queryKey: ['retention-rules'] });
    },
  });
  if (rules.isPending) return <Loading />;
  if (rules.error) return <ErrorAlert error={rules.error} />;
  return (
    <>
      <DataTable
        caption="Règles de conservation"
        headers={['Données', 'Durée de conservation', 'Modifiée le', 'Dernier passage', ...(editable ? ['Action'] : [])]}
        rowKeys={rules.data.map((r) => r.kind)}
        rows={rules.data.map((r) => [
          ruleName(r.kind),
          period(r),
          frDate(r.updatedAt),
          last ? `${countOfRule(last, r.kind)} le ${frDate(last.requestedAt)}` : '—',
          ...(editable ? [<Button key="e" priority="tertiary" size="small" onClick={() => setEditing({ kind: r.kind, amount: String(r.amount), unit: r.unit })}>Modifier</Button>] : []),
        ])}
      />
      {editing && (
        <form
          className="fr-p-3w fr-background-alt--grey fr-mb-3w"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(editing);
          }}
        >
          <p className="fr-text--bold">{label(RETENTION_RULE_KINDS, editing.kind)}</p>
          <ErrorAlert error={save.error} />
          <Input label="Durée" nativeInputProps={{ type: 'number', min: 1, value: editing.amount, onChange: (e) => setEditing({ ...editing, amount: e.target.value }) }} />
          <CodeSelect label="Unité" table={RETENTION_UNITS} value={editing.unit} onChange={(unit) => setEditing({ ...editing, unit })} />
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li><Button type="submit" disabled={save.isPending}>Enregistrer</Button></li>
            <li><Button type="button" priority="secondary" onClick={() => setEditing(null)}>Annuler</Button></li>
          </ul>
        </form>
      )}
    </>
  );
}

function Runs({ mayRun }: { mayRun: boolean }) {
  const client = useQueryClient();
  const runs = useQuery({ queryKey: ['retention-runs'], queryFn: () => unwrap<RunSummary[]>(api.GET('/api/privacy/retention-runs')), refetchInterval: 5000 });
  const start = useMutation({
    mutationFn: (dryRun: boolean) => unwrap<RunSummary>(api.POST('/api/privacy/retention-runs', { body: { dryRun } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['retention-runs'] }),
  });
  return (
    <>
      {mayRun && (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li><Button priority="secondary" onClick={() => start.mutate(true)} disabled={start.isPending}>Lancer une simulation</Button></li>
          <li><Button onClick={() => window.confirm('Appliquer maintenant les règles de conservation ? Les données concernées seront effacées définitivement.') && start.mutate(false)} disabled={start.isPending}>Appliquer les règles maintenant</Button></li>
        </ul>
      )}
      <ErrorAlert error={start.error ?? runs.error} />
      {runs.isPending && <Loading />}
      {runs.data?.length === 0 && <Empty>Aucun passage pour l’instant : le traitement s’exécute chaque nuit à 2 h 30.</Empty>}
      {runs.data && runs.data.length > 0 && (
        <DataTable
          caption="Passages du traitement de conservation"
          headers={['Demandé le', 'Type', 'État', 'Situations anonymisées', 'Situations conservées (blocage légal)', 'Lignes supprimées', 'Rapport']}
          rowKeys={runs.data.map((r) => r.id)}
          rows={runs.data.map((r) => [
            frDateTime(r.requestedAt),
            `${r.dryRun ? 'Simulation' : 'Application'}${r.trigger === 'schedule' ? ' (nocturne)' : ''}`,
            label(RETENTION_RUN_STATUSES, r.status),
            r.dryRun ? `${r.erasedCount} (à anonymiser)` : String(r.erasedCount),
            String(r.heldCount),
            r.dryRun ? `${r.purgedCount} (à supprimer)` : String(r.purgedCount),
            <Link key="l" to={`/protection-des-donnees/rapports/${r.id}`}>Voir le rapport</Link>,
          ])}
        />
      )}
    </>
  );
}

/** The data-protection page: early erasure (organisations), the retention rules and the runs' reports (platform). */
export function PrivacyPage() {
  usePageTitle('Protection des données');
  const { can } = useAuth();
  const platform = can('read', 'RetentionRun');
  const eraser = can('erase', 'CaseErasure');
  const journal = can('read', 'AccessJournal');
  const subjectAccess = can('request', 'SubjectAccess');
  return (
    <>
      <h1>Protection des données</h1>
      {(journal || subjectAccess) && (
        <ul className="fr-links-group">
          {journal && <li><Link className="fr-link fr-icon-eye-line fr-link--icon-left" to="/protection-des-donnees/journal">Journal des accès : qui a lu quelle identité, quand et pourquoi</Link></li>}
          {subjectAccess && <li><Link className="fr-link fr-icon-file-download-line fr-link--icon-left" to="/protection-des-donnees/droit-d-acces">Droit d’accès de la personne : préparer l’export de ce qui est conservé sur elle</Link></li>}
        </ul>
      )}
      {eraser && <EraseByReference />}
      {platform && (
        <>
          <Section title="Règles de conservation" id="regles">
            <RulesTable editable={can('configure', 'RetentionRun')} />
          </Section>
          <Section title="Passages et rapports" id="rapports">
            <Runs mayRun={can('run', 'RetentionRun')} />
          </Section>
        </>
      )}
      {!eraser && !platform && !journal && !subjectAccess && <Empty>Cette page est réservée aux délégués à la protection des données, aux coordinateurs et à l’administration de la plateforme.</Empty>}
    </>
  );
}

/** One run's report: what was (or would be) erased by organisation and rule, and what a legal hold kept. */
export function RetentionReportPage() {
  const { runId = '' } = useParams();
  usePageTitle('Rapport de conservation');
  const q = useQuery({
    queryKey: ['retention-run', runId],
    queryFn: () => unwrap<Report>(api.GET('/api/privacy/retention-runs/{id}', { params: { path: { id: runId } } })),
    refetchInterval: (query) => (['queued', 'running'].includes(query.state.data?.status ?? '') ? 2000 : false),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} title="Le rapport n’a pas pu être chargé" />;
  const r = q.data;
  return (
    <>
      <h1>{r.dryRun ? 'Simulation' : 'Application'} des règles de conservation du {frDateTime(r.requestedAt)}</h1>
      <p>
        État : {label(RETENTION_RUN_STATUSES, r.status)}
        {r.finishedAt ? ` — terminé le ${frDateTime(r.finishedAt)}` : ''}
        {r.progress.scanned !== undefined && r.status === 'running' ? ` — ${r.progress.scanned} situations examinées (${label(RETENTION_RULE_KINDS, r.progress.rule)})` : ''}
        {r.progress.purged !== undefined && r.status === 'running' ? ` — ${r.progress.purged} lignes supprimées (${label(RETENTION_RULE_KINDS, r.progress.rule)})` : ''}
      </p>
      <Section title={r.dryRun ? 'Ce qui serait anonymisé' : 'Ce qui a été anonymisé'} id="anonymisees">
        {r.erased.length === 0 ? (
          <Empty>Aucune situation.</Empty>
        ) : (
          <DataTable caption="Situations anonymisées par organisation et règle" headers={['Organisation', 'Règle', 'Situations']} rows={r.erased.map((l) => [l.organisationName, label(RETENTION_RULE_KINDS, l.rule), String(l.count)])} />
        )}
      </Section>
      <Section title="Situations conservées malgré la règle (blocage légal)" id="conservees">
        {r.held.length === 0 ? (
          <Empty>Aucune situation.</Empty>
        ) : (
          <DataTable
            caption="Situations conservées par organisation, règle et motif"
            headers={['Organisation', 'Règle', 'Motif', 'Situations', 'Références']}
            rows={r.held.map((l) => [l.organisationName, label(RETENTION_RULE_KINDS, l.rule), label(LEGAL_HOLDS, l.hold), String(l.count), l.references.join(', ')])}
          />
        )}
      </Section>
      <Section title={r.dryRun ? 'Ce qui serait supprimé' : 'Ce qui a été supprimé'} id="supprimees">
        {(r.purged ?? []).length === 0 ? (
          <Empty>Aucune ligne.</Empty>
        ) : (
          <DataTable
            caption={r.dryRun ? 'Lignes à supprimer par règle' : 'Lignes supprimées par règle'}
            headers={['Règle', 'Lignes']}
            rows={r.purged.map((l) => [label(RETENTION_RULE_KINDS, l.rule), String(l.count)])}
          />
        )}
      </Section>
      <Section title="Règles appliquées" id="regles">
        <DataTable caption="Règles appliquées" headers={['Données', 'Durée', 'Données antérieures au']} rows={r.rules.map((x) => [ruleName(x.kind), period(x), frDate(x.cutoff)])} />
      </Section>
      <p><Link to="/protection-des-donnees">Retour à la protection des données</Link></p>
    </>
  );
}
