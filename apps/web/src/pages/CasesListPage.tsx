import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/SelectNext';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAddressParams } from '../app/address-params';
import { api, unwrap } from '../api/client';
import { useAuth } from '../auth/auth';
import { cursorParam, usePagedList } from '../api/hooks';
import type { components, operations } from '../api/schema';
import type { CaseSummary, Page } from '../api/views';
import { CaseStateBadge, IdentificationBadge } from '../components/badges';
import { DataTable } from '../components/DataTable';
import { Empty, ErrorAlert, Loading, MoreButton, usePageTitle } from '../components/common';
import { addDays } from '../domain/dates';
import { AGE_BANDS, CASE_STATES, DEADLINE_KINDS, EXPLOITATION_FORMS, frDate, IDENTIFICATION_STATES, label, SEXES } from '../domain/labels';

type ExploitationForm = NonNullable<NonNullable<operations['CasesController_list']['parameters']['query']>['exploitationForm']>;

/** The filters of the cases list the API offers, as the page sends them. */
export interface CaseListFilters {
  ownerOrganisationId?: string;
  caseStatus?: string;
  identificationStatus?: string;
  exploitationForm?: string;
  minor?: boolean;
  hasOpenDeadline?: boolean;
  /** First day recorded, inclusive (YYYY-MM-DD). */
  createdFrom?: string;
  /** Last day recorded, inclusive (YYYY-MM-DD); the API's bound is exclusive. */
  createdUntil?: string;
  /** « Suivies par »: `me` (« Mes situations ») or a colleague's user id, the cases that worker is assigned to. */
  assignedTo?: string;
}

/** The cases this user may see, newest first, page by page. */
export function useCases({ createdUntil, exploitationForm, ...filters }: CaseListFilters = {}, limit = 50) {
  return usePagedList(['cases', filters, exploitationForm, createdUntil, limit], (cursor) =>
    unwrap<Page<CaseSummary>>(
      api.GET('/api/cases', {
        params: {
          query: {
            limit,
            ...filters,
            ...(exploitationForm ? { exploitationForm: exploitationForm as ExploitationForm } : {}),
            ...(createdUntil ? { createdTo: addDays(createdUntil, 1) } : {}),
            ...cursorParam(cursor),
          },
        },
      }),
    ),
  );
}

export function CasesTable({ items, caption }: { items: CaseSummary[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      headers={['Référence', 'Personne', 'Exploitation', 'Identification', 'Suivi', 'Prochaine échéance']}
      rowKeys={items.map((c) => c.id)}
      rows={items.map((c) => [
        <Link key="l" to={`/cases/${c.id}`}>{c.reference}</Link>,
        `${label(SEXES, c.sex)}, ${label(AGE_BANDS, c.ageBand)}${c.minor ? ' (personne mineure)' : ''}`,
        c.exploitationForms.map((f) => label(EXPLOITATION_FORMS, f)).join(', '),
        <IdentificationBadge key="i" state={c.statuses.identification} />,
        <CaseStateBadge key="s" state={c.statuses.case} />,
        c.nextDeadline ? `${label(DEADLINE_KINDS, c.nextDeadline.kind)} — ${frDate(c.nextDeadline.dueOn)}` : '—',
      ])}
    />
  );
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CODE = /^[a-z_]{1,40}$/;
/** The address's French parameter names for each filter (codes only, never a name). */
const PARAMS = {
  caseStatus: 'suivi', identificationStatus: 'identification', exploitationForm: 'forme', minor: 'mineur', hasOpenDeadline: 'echeance', createdFrom: 'du', createdUntil: 'au',
  assignedTo: 'suivies',
} as const;

/** `?suivies=moi` or a colleague's user id (a staff member's opaque id, never a person's name). */
const assignee = (v: string | null): string | undefined => (v === 'moi' ? 'me' : v && USER_ID.test(v) ? v : undefined);

type Colleague = components['schemas']['ColleagueDto'];

/** The case workers and coordinators of the user's own organisations, for « Suivies par » (case-recording roles only). */
export function useColleagues(enabled: boolean) {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => unwrap<Colleague[]>(api.GET('/api/colleagues')), enabled, staleTime: 5 * 60_000 });
}

/** The list's filters an address holds (?suivi=active&mineur=oui…), each checked; absent ones left out. */
function caseListFiltersFrom(params: URLSearchParams): CaseListFilters {
  const code = (name: string, table: Record<string, string>) => {
    const v = params.get(name) ?? '';
    return CODE.test(v) && v in table ? v : undefined;
  };
  const yesNo = (name: string) => (params.get(name) === 'oui' ? true : params.get(name) === 'non' ? false : undefined);
  const day = (name: string) => (DAY.test(params.get(name) ?? '') ? params.get(name)! : undefined);
  const filters: CaseListFilters = {
    caseStatus: code(PARAMS.caseStatus, CASE_STATES),
    identificationStatus: code(PARAMS.identificationStatus, IDENTIFICATION_STATES),
    exploitationForm: code(PARAMS.exploitationForm, EXPLOITATION_FORMS),
    minor: yesNo(PARAMS.minor),
    hasOpenDeadline: yesNo(PARAMS.hasOpenDeadline),
    createdFrom: day(PARAMS.createdFrom),
    createdUntil: day(PARAMS.createdUntil),
    assignedTo: assignee(params.get(PARAMS.assignedTo)),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as CaseListFilters;
}

/**
 * The list's filters kept in the address, so that a list can be bookmarked and shared. The setter takes the whole
 * filters, or a change of the latest ones (two quick choices both count).
 */
export function useCaseListFilters(): [CaseListFilters, (next: CaseListFilters | ((latest: CaseListFilters) => CaseListFilters)) => void] {
  const [params, change] = useAddressParams();
  const set = (next: CaseListFilters | ((latest: CaseListFilters) => CaseListFilters)) =>
    change((latest) => {
      const f = typeof next === 'function' ? next(caseListFiltersFrom(latest)) : next;
      const out = new URLSearchParams();
      for (const [key, name] of Object.entries(PARAMS) as [keyof typeof PARAMS, string][]) {
        const v = f[key];
        if (v === undefined || v === '') continue;
        out.set(name, typeof v === 'boolean' ? (v ? 'oui' : 'non') : v === 'me' ? 'moi' : v);
      }
      return out;
    });
  return [caseListFiltersFrom(params), set];
}

const yesNoValue = (v: boolean | undefined) => (v === undefined ? '' : v ? 'oui' : 'non');
const yesNoOf = (v: string) => (v === 'oui' ? true : v === 'non' ? false : undefined);

function CodeFilter({ label: text, all, table, value, onChange }: { label: string; all: string; table: Record<string, string>; value: string | undefined; onChange: (v: string | undefined) => void }) {
  return (
    <Select
      label={text}
      nativeSelectProps={{ value: value ?? '', onChange: (e) => onChange(e.target.value || undefined) }}
      options={[{ value: '', label: all }, ...Object.entries(table).map(([code, name]) => ({ value: code, label: name }))]}
    />
  );
}

function CaseListFiltersForm({ filters, onChange, colleagues }: { filters: CaseListFilters; onChange: (next: CaseListFilters | ((latest: CaseListFilters) => CaseListFilters)) => void; colleagues: Colleague[] }) {
  const change = (next: Partial<CaseListFilters>) => onChange((latest) => ({ ...latest, ...next }));
  const { me } = useAuth();
  const others = colleagues.filter((c, i) => c.userId !== me?.id && colleagues.findIndex((o) => o.userId === c.userId) === i);
  const unknown = filters.assignedTo && filters.assignedTo !== 'me' && !others.some((c) => c.userId === filters.assignedTo);
  const any = Object.keys(filters).length > 0;
  return (
    <form className="fr-grid-row fr-grid-row--gutters fr-mb-3w" aria-label="Filtrer les situations" onSubmit={(e) => e.preventDefault()}>
      <div className="fr-col-12 fr-col-md-3">
        <Select
          label="Suivies par"
          nativeSelectProps={{ value: filters.assignedTo ?? '', onChange: (e) => change({ assignedTo: e.target.value || undefined }) }}
          options={[
            { value: '', label: 'Toute la structure' },
            { value: 'me', label: 'Moi (mes situations)' },
            ...others.map((c) => ({ value: c.userId, label: c.displayName })),
            ...(unknown ? [{ value: filters.assignedTo!, label: 'Une personne de la structure' }] : []),
          ]}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <CodeFilter label="Suivi" all="Tous les suivis" table={CASE_STATES} value={filters.caseStatus} onChange={(caseStatus) => change({ caseStatus })} />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <CodeFilter
          label="Identification"
          all="Tous les états"
          table={IDENTIFICATION_STATES}
          value={filters.identificationStatus}
          onChange={(identificationStatus) => change({ identificationStatus })}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <CodeFilter
          label="Forme d’exploitation"
          all="Toutes les formes"
          table={EXPLOITATION_FORMS}
          value={filters.exploitationForm}
          onChange={(exploitationForm) => change({ exploitationForm })}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Select
          label="Âge"
          nativeSelectProps={{ value: yesNoValue(filters.minor), onChange: (e) => change({ minor: yesNoOf(e.target.value) }) }}
          options={[
            { value: '', label: 'Tous âges' },
            { value: 'oui', label: 'Personnes mineures' },
            { value: 'non', label: 'Personnes majeures' },
          ]}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Select
          label="Échéance"
          nativeSelectProps={{ value: yesNoValue(filters.hasOpenDeadline), onChange: (e) => change({ hasOpenDeadline: yesNoOf(e.target.value) }) }}
          options={[
            { value: '', label: 'Avec ou sans échéance' },
            { value: 'oui', label: 'Avec une échéance en cours' },
            { value: 'non', label: 'Sans échéance en cours' },
          ]}
        />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Input label="Enregistrée à partir du" nativeInputProps={{ type: 'date', value: filters.createdFrom ?? '', onChange: (e) => change({ createdFrom: e.target.value || undefined }) }} />
      </div>
      <div className="fr-col-12 fr-col-md-3">
        <Input label="Enregistrée jusqu’au" nativeInputProps={{ type: 'date', value: filters.createdUntil ?? '', onChange: (e) => change({ createdUntil: e.target.value || undefined }) }} />
      </div>
      {any && (
        <div className="fr-col-12 fr-col-md-3 mnio-filters-reset">
          <Button priority="tertiary" type="button" onClick={() => onChange({})}>
            Effacer les filtres
          </Button>
        </div>
      )}
    </form>
  );
}

/**
 * « Retrouver une personne »: her exact name and birth year, compared by the API through the blind index among the
 * cases whose identity this user reads. The name stays in the page (sent in a request body, never in the address);
 * the answer lists references, and the identity is opened on the case, where it is audited.
 */
function NameSearch() {
  const [lastName, setLastName] = useState('');
  const [firstNames, setFirstNames] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [tried, setTried] = useState(false);
  const search = useMutation({
    mutationFn: () =>
      unwrap<{ items: CaseSummary[] }>(
        api.POST('/api/cases/search-by-name', {
          body: { lastName: lastName.trim(), firstNames: firstNames.trim() ? firstNames.trim().split(/\s+/) : undefined, birthYear: Number(birthYear) },
        }),
      ),
  });
  const yearValid = /^(19|20)\d\d$/.test(birthYear);
  const missing = { lastName: tried && !lastName.trim(), birthYear: tried && !yearValid };
  return (
    <form
      aria-label="Retrouver une personne par son nom"
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (lastName.trim() && yearValid) search.mutate();
      }}
    >
      <p className="fr-text--sm">
        Le nom et les prénoms tels qu’ils ont été enregistrés (ou un alias seul), et l’année de naissance. La recherche est exacte : ni nom approché, ni
        partie de nom. Elle ne porte que sur les situations dont vous pouvez consulter l’identité, et elle est enregistrée.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input
            label="Nom ou alias"
            state={missing.lastName ? 'error' : 'default'}
            stateRelatedMessage="Indiquez le nom."
            nativeInputProps={{ value: lastName, autoComplete: 'off', onChange: (e) => setLastName(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Prénoms" hintText="Tous, séparés par un espace" nativeInputProps={{ value: firstNames, autoComplete: 'off', onChange: (e) => setFirstNames(e.target.value) }} />
        </div>
        <div className="fr-col-12 fr-col-md-2">
          <Input
            label="Année de naissance"
            hintText="Par exemple 1999"
            state={missing.birthYear ? 'error' : 'default'}
            stateRelatedMessage="Une année sur quatre chiffres."
            nativeInputProps={{ value: birthYear, inputMode: 'numeric', maxLength: 4, autoComplete: 'off', onChange: (e) => setBirthYear(e.target.value.trim()) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-2 mnio-filters-reset">
          <Button type="submit" disabled={search.isPending}>
            Rechercher
          </Button>
        </div>
      </div>
      <ErrorAlert error={search.error} />
      {search.data &&
        (search.data.items.length === 0 ? (
          <Empty>Aucune situation dont vous pouvez consulter l’identité ne porte exactement ce nom avec cette année de naissance.</Empty>
        ) : (
          <CasesTable items={search.data.items} caption="Situations de cette personne" />
        ))}
    </form>
  );
}

/** The cases this user may see (scoped by the API), pseudonymised, filtered as the API allows, to the last one. */
export function CasesListPage() {
  const { can } = useAuth();
  const [filters, setFilters] = useCaseListFilters();
  const list = useCases(filters);
  const filtered = Object.keys(filters).length > 0;
  const colleagues = useColleagues(can('assign', 'Case')).data ?? [];
  const followedBy = filters.assignedTo && filters.assignedTo !== 'me' ? colleagues.find((c) => c.userId === filters.assignedTo)?.displayName : undefined;
  const title = filters.assignedTo === 'me' ? 'Mes situations' : followedBy ? `Situations suivies par ${followedBy}` : filters.assignedTo ? 'Situations suivies par une personne de la structure' : 'Situations';
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="fr-text--sm">
        {filters.assignedTo === 'me'
          ? 'Les situations que vous suivez au sein de votre structure'
          : filters.assignedTo
            ? 'Les situations que cette personne suit au sein de votre structure'
            : 'Les situations que votre organisation suit ou qui lui sont partagées'}, de la plus récente
        à la plus ancienne. Aucune identité n’apparaît dans cette liste.
      </p>
      {can('read_identity', 'Case') && (
        <div className="fr-accordions-group fr-mb-3w">
          <Accordion label="Retrouver une personne par son nom" titleAs="h2">
            <NameSearch />
          </Accordion>
        </div>
      )}
      <CaseListFiltersForm filters={filters} onChange={setFilters} colleagues={colleagues} />
      {list.isPending && <Loading />}
      <ErrorAlert error={list.error} />
      {list.loaded &&
        (list.items.length === 0 ? (
          <Empty>{filtered ? 'Aucune situation ne correspond à ces filtres.' : 'Aucune situation.'}</Empty>
        ) : (
          <CasesTable items={list.items} caption={filtered ? 'Situations correspondant aux filtres' : 'Situations'} />
        ))}
      <MoreButton list={list}>Afficher les situations suivantes</MoreButton>
    </>
  );
}
