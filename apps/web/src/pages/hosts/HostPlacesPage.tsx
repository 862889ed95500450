import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client';
import type { HostCapacity, HostLocation, Occupancy } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { frDateTime, label, LOCATION_READERS, PLACE_KIND_COLUMNS } from '../../domain/labels';

const KINDS = ['women', 'men', 'family', 'minors'] as const;
type Kind = (typeof KINDS)[number];
const KIND_INPUT: Record<Kind, string> = { women: 'Places pour des femmes', men: 'Places pour des hommes', family: 'Places familiales', minors: 'Places pour des mineurs' };

/** « A, B et C » */
export function frList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** The places a host declares, by kind: what is reserved or occupied stays (the API refuses a capacity below it). */
function PlacesForm({ hostId }: { hostId: string }) {
  // Kept here: the fields are made again from the saved numbers once the API has them.
  const [saved, setSaved] = useState(false);
  const capacity = useQuery({ queryKey: ['capacity', hostId], queryFn: () => unwrap<HostCapacity>(api.GET('/api/hosts/{id}/capacity', { params: { path: { id: hostId } } })) });
  if (capacity.isPending) return <Loading />;
  if (!capacity.data) return <ErrorAlert error={capacity.error} />;
  const of = (k: Kind) => String(capacity.data.places.find((p) => p.placeKind === k)?.capacity ?? 0);
  const initial = { women: of('women'), men: of('men'), family: of('family'), minors: of('minors') };
  return <PlacesFields key={JSON.stringify(initial)} hostId={hostId} initial={initial} saved={saved} setSaved={setSaved} />;
}

function PlacesFields({ hostId, initial, saved, setSaved }: { hostId: string; initial: Record<Kind, string>; saved: boolean; setSaved: (v: boolean) => void }) {
  const client = useQueryClient();
  const occupancy = useQuery({ queryKey: ['occupancy', hostId], queryFn: () => unwrap<Occupancy>(api.GET('/api/hosts/{id}/occupancy', { params: { path: { id: hostId } } })) });
  const [values, setValues] = useState<Record<Kind, string>>(initial);
  const save = useMutation({
    mutationFn: () =>
      unwrap<HostCapacity>(
        api.PUT('/api/hosts/{id}/capacity', { params: { path: { id: hostId } }, body: Object.fromEntries(KINDS.map((k) => [k, Number(values[k])])) as Record<Kind, number> }),
      ),
    onSuccess: () => setSaved(true),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['capacity', hostId] });
      void client.invalidateQueries({ queryKey: ['occupancy', hostId] });
    },
  });
  const invalid = KINDS.filter((k) => !/^\d{1,5}$/.test(values[k]) || Number(values[k]) > 10000);
  const used = (k: Kind) => occupancy.data?.places.find((p) => p.placeKind === k);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        if (invalid.length === 0) save.mutate();
      }}
    >
      <p>Indiquez le nombre total de places de chaque type. Les places déjà réservées ou occupées restent comptées : la capacité ne peut pas descendre en dessous.</p>
      <div className="fr-grid-row fr-grid-row--gutters">
        {KINDS.map((k) => {
          const u = used(k);
          return (
            <div key={k} className="fr-col-12 fr-col-sm-6 fr-col-lg-3">
              <Input
                label={KIND_INPUT[k]}
                hintText={u ? `${u.reserved} réservée${u.reserved > 1 ? 's' : ''}, ${u.occupied} occupée${u.occupied > 1 ? 's' : ''}` : 'Aucune en cours'}
                state={invalid.includes(k) ? 'error' : 'default'}
                stateRelatedMessage="Un nombre entier entre 0 et 10 000."
                nativeInputProps={{ type: 'number', min: 0, max: 10000, step: 1, inputMode: 'numeric', value: values[k], onChange: (e) => setValues({ ...values, [k]: e.target.value }) }}
              />
            </div>
          );
        })}
      </div>
      {invalid.length > 0 && <p className="fr-error-text">Chaque nombre de places est un entier entre 0 et 10 000.</p>}
      <ErrorAlert error={save.error} />
      {saved && (
        <p className="fr-message fr-message--valid fr-mb-2w" role="status">
          Places enregistrées. Les coordinations les voient aussitôt sur leur tableau des places.
        </p>
      )}
      <Button type="submit" className="fr-mt-2w" disabled={save.isPending || invalid.length > 0}>
        Enregistrer les places
      </Button>
      {occupancy.data && occupancy.data.places.some((p) => p.capacity > 0) && (
        <div className="fr-mt-3w">
          <DataTable
            caption="Vos places aujourd’hui"
            headers={['Type de place', 'Capacité', 'Réservées', 'Occupées', 'Libres']}
            rows={occupancy.data.places.filter((p) => p.capacity > 0).map((p) => [label(PLACE_KIND_COLUMNS, p.placeKind), p.capacity, p.reserved, p.occupied, p.free])}
          />
        </div>
      )}
    </form>
  );
}

const EMPTY_LOCATION = { address: '', postalCode: '', city: '', phone: '', accessInstructions: '' };

/**
 * The host's secret address: encrypted, read only by the host and the coordination that places people there (the
 * form says who, from the API's own rule). The current address is shown only on demand: each read is audited.
 */
function LocationForm({ hostId, readers }: { hostId: string; readers: string[] }) {
  const [reveal, setReveal] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const current = useQuery({
    queryKey: ['location', hostId],
    queryFn: () => unwrap<HostLocation>(api.GET('/api/hosts/{id}/location', { params: { path: { id: hostId } } })),
    enabled: reveal,
    retry: false,
  });
  return (
    <>
      <Alert
        severity="info"
        small={false}
        className="fr-mb-3w"
        title="Qui pourra lire cette adresse"
        description={`Seules ${frList(readers.map((r) => label(LOCATION_READERS, r)))} pourront lire cette adresse. Elle est chiffrée, n’apparaît dans aucune liste, aucun tableau des places ni aucune notification, et chaque lecture est enregistrée.`}
      />
      {!reveal && (
        <p>
          <Button type="button" priority="secondary" size="small" iconId="fr-icon-eye-line" onClick={() => setReveal(true)}>
            Afficher l’adresse enregistrée
          </Button>{' '}
          <span className="fr-text--sm">(cette lecture est enregistrée)</span>
        </p>
      )}
      {reveal && current.isPending && <Loading />}
      {reveal && !justSaved && isNotFound(current.error) && <p className="fr-text--sm">Aucune adresse n’est encore enregistrée.</p>}
      {reveal && current.error && !isNotFound(current.error) && <ErrorAlert error={current.error} />}
      <LocationFields key={current.data?.updatedAt ?? 'new'} hostId={hostId} initial={{ ...EMPTY_LOCATION, ...current.data?.location }} savedAt={current.data?.updatedAt ?? null} onSaved={() => setJustSaved(true)} />
    </>
  );
}

function LocationFields({ hostId, initial, savedAt, onSaved }: { hostId: string; initial: typeof EMPTY_LOCATION; savedAt: string | null; onSaved: () => void }) {
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const body = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== '')) as typeof EMPTY_LOCATION;
      return unwrap<{ updatedAt: string }>(api.PUT('/api/hosts/{id}/location', { params: { path: { id: hostId } }, body }));
    },
    onSuccess: (r) => {
      setSaved(r.updatedAt);
      onSaved();
    },
  });
  const postalInvalid = form.postalCode.trim() !== '' && !/^[0-9AB]{5}$/.test(form.postalCode.trim());
  const missing = form.address.trim() === '';
  const set = (k: keyof typeof EMPTY_LOCATION) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <>
      {savedAt && !saved && <p className="fr-text--sm">Adresse enregistrée le {frDateTime(savedAt)}.</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(null);
          setTried(true);
          if (!missing && !postalInvalid) save.mutate();
        }}
      >
        <Input label="Adresse" state={missing && tried ? 'error' : 'default'} stateRelatedMessage="Indiquez l’adresse." nativeInputProps={{ value: form.address, onChange: set('address'), autoComplete: 'off', maxLength: 500 }} />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Code postal" state={postalInvalid ? 'error' : 'default'} stateRelatedMessage="Cinq chiffres (2A ou 2B pour la Corse)." nativeInputProps={{ value: form.postalCode, onChange: set('postalCode'), autoComplete: 'off', inputMode: 'numeric', maxLength: 5 }} />
          </div>
          <div className="fr-col-12 fr-col-md-8">
            <Input label="Commune" nativeInputProps={{ value: form.city, onChange: set('city'), autoComplete: 'off', maxLength: 200 }} />
          </div>
        </div>
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <Input label="Téléphone de la structure" nativeInputProps={{ type: 'tel', value: form.phone, onChange: set('phone'), autoComplete: 'off', maxLength: 32 }} />
          </div>
        </div>
        <Input textArea label="Consignes d’accès (facultatif)" hintText="Code du portail, interlocuteur à l’arrivée…" nativeTextAreaProps={{ value: form.accessInstructions, onChange: set('accessInstructions'), rows: 3, maxLength: 2000 }} />
        <ErrorAlert error={save.error} />
        {saved && (
          <p className="fr-message fr-message--valid fr-mb-2w" role="status">
            Adresse enregistrée le {frDateTime(saved)}.
          </p>
        )}
        <Button type="submit" disabled={save.isPending || postalInvalid}>
          Enregistrer l’adresse
        </Button>
      </form>
    </>
  );
}

function HostSection({ hostId, name, several }: { hostId: string; name: string; several: boolean }) {
  const capacity = useQuery({ queryKey: ['capacity', hostId], queryFn: () => unwrap<HostCapacity>(api.GET('/api/hosts/{id}/capacity', { params: { path: { id: hostId } } })) });
  return (
    <>
      {several && <h2>{name}</h2>}
      <Section title="Places déclarées" id={`places-${hostId}`} level={several ? 3 : 2}>
        <PlacesForm hostId={hostId} />
      </Section>
      <Section title="Adresse confidentielle" id={`adresse-${hostId}`} level={several ? 3 : 2}>
        {capacity.data ? <LocationForm hostId={hostId} readers={capacity.data.locationReaders ?? ['host']} /> : <Loading />}
      </Section>
    </>
  );
}

/** A host's own page: its places by kind and its secret address, for its operators and coordinators. */
export function HostPlacesPage() {
  usePageTitle('Places et adresse de la structure');
  const { me, can } = useAuth();
  const hosts = me.memberships.filter((m) => ['host', 'minors_centre'].includes(m.organisationKind) && can('update_capacity', 'Host', { id: m.organisationId }));
  const unique = [...new Map(hosts.map((h) => [h.organisationId, h])).values()];
  return (
    <>
      <p className="fr-mb-2w">
        <Link to="/" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à l’accueil
        </Link>
      </p>
      <h1>Places et adresse de {unique.length === 1 ? unique[0].organisationName : 'vos structures'}</h1>
      {unique.length === 0 && <p>Votre rôle ne permet pas de déclarer des places : seuls les opérateurs d’hébergement et les coordinateurs d’une structure d’accueil le peuvent.</p>}
      {unique.map((h) => (
        <HostSection key={h.organisationId} hostId={h.organisationId} name={h.organisationName} several={unique.length > 1} />
      ))}
    </>
  );
}
