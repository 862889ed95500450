import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/SelectNext';
import { useMemo, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { downloadFile } from '../../api/download';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { components } from '../../api/schema';
import type { Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, MoreButton, usePageTitle } from '../../components/common';
import { ACCESS_JOURNAL_ACTIONS, ACCESS_JOURNAL_KINDS, BREAK_GLASS_REASONS, frDateTime, IDENTITY_READ_REASONS, label } from '../../domain/labels';

type Entry = components['schemas']['AccessJournalEntryDto'];
type Kind = Entry['kind'];

export interface AccessJournalFilters {
  from?: string;
  to?: string;
  kind?: Kind;
  organisationId?: string;
  userId?: string;
}

/** The query string of the journal's filters, shared by the page and the CSV (no person's data: ids, days, codes). */
export function journalQuery(f: AccessJournalFilters): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.kind) q.kinds = f.kind;
  if (f.organisationId) q.organisationId = f.organisationId;
  if (f.userId) q.userId = f.userId;
  return q;
}

const reasonOf = (e: Entry) => (e.kind === 'break_glass' ? label(BREAK_GLASS_REASONS, e.reason) : e.kind === 'identity_read' ? label(IDENTITY_READ_REASONS, e.reason) : '—');

/**
 * « Journal des accès » (issue 16 §4): who read which situation's identity, when and why, the emergency accesses and
 * the exports, from the audit journal; for the data-protection officers (their organisation, or every one for the
 * platform's) and the coordinators. Situations by their reference only; reading the journal is itself recorded.
 */
export function AccessJournalPage() {
  usePageTitle('Journal des accès');
  const { me, can } = useAuth();
  const orgs = useOrganisations();
  const [filters, setFilters] = useState<AccessJournalFilters>({});
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const everyOrganisation = me.memberships.some((m) => m.role === 'dpo' && m.organisationKind === 'platform');
  const own = me.memberships.filter((m) => can('read', 'AccessJournal', { organisationId: m.organisationId }));
  const allowed = everyOrganisation || own.length > 0;

  const q = usePagedList(['access-journal', filters], (cursor) =>
    unwrap<Page<Entry>>(api.GET('/api/privacy/access-journal', { params: { query: { limit: 50, ...journalQuery(filters), ...cursorParam(cursor) } as never } })),
    { enabled: allowed },
  );
  const users = useMemo(() => {
    const seen = new Map<string, string>();
    for (const e of q.items) if (e.userId) seen.set(e.userId, e.userName ?? 'Compte inconnu');
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  }, [q.items]);
  const organisationOptions = everyOrganisation ? orgs.list.map((o) => ({ value: o.id, label: o.name })) : own.map((m) => ({ value: m.organisationId, label: orgs.name(m.organisationId) }));

  if (!allowed) {
    return (
      <>
        <h1>Journal des accès</h1>
        <ErrorAlert error={new Error('FORBIDDEN')} title="Ce journal est réservé aux délégués à la protection des données et aux coordinations" />
      </>
    );
  }
  const change = (next: Partial<AccessJournalFilters>) => setFilters((f) => ({ ...f, ...next }));
  const download = async () => {
    setBusy(true);
    setDownloadError(null);
    try {
      await downloadFile(`/api/privacy/access-journal.csv?${new URLSearchParams(journalQuery(filters))}`, 'journal-des-acces.csv');
    } catch (e) {
      setDownloadError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>Journal des accès</h1>
      <p>
        Qui a affiché l’identité de quelle situation, quand et pour quel motif ; les accès d’urgence ; les exports. Les situations sont désignées par leur référence, jamais par
        l’identité de la personne.{' '}
        {everyOrganisation
          ? 'Vous voyez toutes les organisations.'
          : 'Vous voyez les consultations faites par les membres de votre organisation et celles des situations qu’elle suit.'}{' '}
        Votre consultation de ce journal est elle-même enregistrée.
      </p>
      <form className="fr-grid-row fr-grid-row--gutters fr-mb-3w" aria-label="Filtrer le journal" onSubmit={(e) => e.preventDefault()}>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Du" nativeInputProps={{ type: 'date', value: filters.from ?? '', onChange: (e) => change({ from: e.target.value || undefined }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input label="Au" nativeInputProps={{ type: 'date', value: filters.to ?? '', onChange: (e) => change({ to: e.target.value || undefined }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select
            label="Nature"
            nativeSelectProps={{ value: filters.kind ?? '', onChange: (e) => change({ kind: (e.target.value || undefined) as Kind | undefined }) }}
            options={[{ value: '', label: 'Toutes' }, ...Object.entries(ACCESS_JOURNAL_KINDS).map(([value, text]) => ({ value, label: text }))]}
          />
        </div>
        {organisationOptions.length > 1 && (
          <div className="fr-col-12 fr-col-md-3">
            <Select
              label="Organisation"
              nativeSelectProps={{ value: filters.organisationId ?? '', onChange: (e) => change({ organisationId: e.target.value || undefined }) }}
              options={[{ value: '', label: everyOrganisation ? 'Toutes les organisations' : 'Toutes mes organisations' }, ...organisationOptions]}
            />
          </div>
        )}
        <div className="fr-col-12 fr-col-md-3">
          <Select
            label="Utilisateur"
            nativeSelectProps={{ value: filters.userId ?? '', onChange: (e) => change({ userId: e.target.value || undefined }) }}
            options={[{ value: '', label: 'Tous les utilisateurs' }, ...users.map(([value, text]) => ({ value, label: text }))]}
          />
        </div>
        {Object.values(filters).some(Boolean) && (
          <div className="fr-col-12 fr-col-md-3 mnio-filters-reset">
            <Button priority="tertiary" type="button" onClick={() => setFilters({})}>
              Effacer les filtres
            </Button>
          </div>
        )}
      </form>
      <div className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-3w">
        <Button iconId="fr-icon-download-line" priority="secondary" disabled={busy} onClick={() => void download()}>
          Télécharger le journal (CSV)
        </Button>
      </div>
      {downloadError !== null && <ErrorAlert error={downloadError} title="Le téléchargement du journal n’a pas abouti" />}
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded &&
        (q.items.length === 0 ? (
          <Empty>Aucune consultation pour ces critères.</Empty>
        ) : (
          <DataTable
            caption="Consultations de l’identité, accès d’urgence et exports"
            headers={['Date et heure', 'Nature', 'Qui', 'Organisation', 'Situation', 'Suivie par', 'Motif']}
            rows={q.items.map((e) => [
              frDateTime(e.at),
              label(ACCESS_JOURNAL_ACTIONS, e.action),
              e.userName ?? 'Compte inconnu',
              e.organisationName ?? '—',
              e.caseReference ?? '—',
              e.caseOwnerOrganisationName ?? '—',
              reasonOf(e),
            ])}
          />
        ))}
      <MoreButton list={q}>Voir les consultations plus anciennes</MoreButton>
    </>
  );
}
