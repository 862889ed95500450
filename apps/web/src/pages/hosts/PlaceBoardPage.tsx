import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAddressParams } from '../../app/address-params';
import { api, isNotFound, unwrap } from '../../api/client';
import type { Orientation, PlaceBoard } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORIENTATION_ACTIONS, PLACE_BOARD_EXCLUSIONS, PLACE_KIND_COLUMNS, PLACE_KINDS, TARGET_KINDS } from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';

const KINDS = ['women', 'men', 'family', 'minors'];

/**
 * The place board of a coordination: free places by kind and region over the hosts it places people with. Opened
 * from an orientation it answers (`?orientation=`), the hosts this person may not go to are greyed out with the
 * reason (distancing, no free place), and the others may be chosen here. Never an address.
 */
export function PlaceBoardPage() {
  usePageTitle('Tableau des places');
  const [params, setParams] = useAddressParams();
  const orientationId = params.get('orientation') ?? '';
  const placeKind = params.get('type') ?? '';
  const regionCode = params.get('region') ?? '';
  const navigate = useNavigate();
  const client = useQueryClient();
  const [confirm, setConfirm] = useState<string | null>(null);

  const query = { ...(orientationId ? { orientationId } : {}), ...(placeKind ? { placeKind: placeKind as 'women' } : {}) };
  const board = useQuery({ queryKey: ['place-board', query], queryFn: () => unwrap<PlaceBoard>(api.GET('/api/hosts/board', { params: { query } })) });
  const orientation = useQuery({
    queryKey: ['orientation', orientationId],
    queryFn: () => unwrap<Orientation>(api.GET('/api/orientations/{id}', { params: { path: { id: orientationId } } })),
    enabled: Boolean(orientationId),
  });
  // The step that names a host, if this user may take it now (agreement in principle, acceptance, relay).
  const choosing = orientation.data?.nextSteps.find((s) => s.allowed && s.host !== null) ?? null;
  const choose = useMutation({
    mutationFn: (hostId: string) =>
      unwrap<Orientation>(
        api.POST('/api/orientations/{id}/transitions', {
          params: { path: { id: orientationId }, header: { 'if-match': `"${orientation.data!.version}"` } },
          body: { action: choosing!.action, hostId },
        }),
      ),
    onSuccess: (o) => {
      void client.invalidateQueries({ queryKey: ['orientations'] });
      void client.invalidateQueries({ queryKey: ['orientation', o.id] });
      void client.invalidateQueries({ queryKey: ['place-board'] });
      navigate(`/cases/${o.caseId}/orientations/${o.id}`, { state: { chosen: true } });
    },
    onError: () => void client.invalidateQueries({ queryKey: ['place-board'] }),
  });

  if (orientationId && isNotFound(board.error)) return <NotFoundPage />;
  const setFilter = (key: string, value: string) =>
    setParams((latest) => {
      if (value) latest.set(key, value);
      else latest.delete(key);
      return latest;
    });
  const b = board.data;
  const shownKinds = placeKind ? [placeKind] : b?.orientation?.placeKind ? [b.orientation.placeKind] : KINDS;
  const hosts = (b?.hosts ?? []).filter((h) => !regionCode || h.regionCodes.includes(regionCode) || (regionCode === 'national' && h.national));
  const regionName = new Map((b?.regions ?? []).map((r) => [r.regionCode, r.regionName]));
  const o = b?.orientation;
  const selectable = hosts.filter((h) => h.selectable);

  return (
    <>
      {o && (
        <p className="fr-mb-2w">
          <Link to={`/cases/${orientation.data?.caseId ?? ''}/orientations/${o.id}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
            Retour à l’orientation {o.reference}
          </Link>
        </p>
      )}
      <h1>Tableau des places</h1>
      {o ? (
        <Alert
          severity="info"
          small={false}
          className="fr-mb-3w"
          title={`Orientation ${o.reference} — ${label(TARGET_KINDS, o.targetKind)}${o.placeKind ? ` : ${label(PLACE_KINDS, o.placeKind).toLowerCase()}` : ''}`}
          description={
            o.distancing.applied
              ? `Règle d’éloignement appliquée : les structures situées dans un département${o.distancing.regions ? ' ou une région' : ''} où la personne a été exploitée ou où elle réside sont grisées, avec la raison. ${selectable.length} structure${selectable.length > 1 ? 's peuvent' : ' peut'} l’accueillir.`
              : `${selectable.length} structure${selectable.length > 1 ? 's ont' : ' a'} une place libre du type recherché.`
          }
        />
      ) : (
        <p>Places libres aujourd’hui dans les structures où vous orientez des personnes. Aucune adresse n’est affichée ici.</p>
      )}
      <ErrorAlert error={board.error && !isNotFound(board.error) ? board.error : null} />
      {board.isPending && <Loading />}
      {b && (
        <>
          <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
            <div className="fr-col-12 fr-col-md-6">
              <CodeSelect label="Type de place" table={PLACE_KINDS} value={placeKind} onChange={(v) => setFilter('type', v)} placeholder={o?.placeKind ? 'Celui de l’orientation' : 'Tous les types'} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <CodeSelect label="Région" table={Object.fromEntries(b.regions.map((r) => [r.regionCode, r.regionName]))} value={regionCode} onChange={(v) => setFilter('region', v)} placeholder="Toutes les régions" />
            </div>
          </div>
          <Section title="Places libres par région" id="par-region">
            {b.regions.length === 0 ? (
              <Empty>Aucune structure à afficher.</Empty>
            ) : (
              <DataTable
                caption="Places libres par région"
                headers={['Région', ...shownKinds.map((k) => `Places libres — ${label(PLACE_KIND_COLUMNS, k).toLowerCase()}`)]}
                rows={b.regions.filter((r) => !regionCode || r.regionCode === regionCode).map((r) => [r.regionName, ...shownKinds.map((k) => r.free[k as keyof typeof r.free] ?? 0)])}
              />
            )}
          </Section>
          <Section title="Structures" id="structures">
            <ErrorAlert error={choose.error} title="Le choix n’a pas abouti" />
            {hosts.length === 0 ? (
              <Empty>Aucune structure ne correspond à ces critères.</Empty>
            ) : (
              <DataTable
                caption="Structures et places libres"
                headers={['Structure', 'Région (départements)', ...shownKinds.map((k) => `Libres — ${label(PLACE_KIND_COLUMNS, k).toLowerCase()}`), ...(o ? ['Pour cette personne'] : [])]}
                rowKeys={hosts.map((h) => h.hostId)}
                rows={hosts.map((h) => {
                  const greyed = o !== null && o !== undefined && !h.selectable;
                  const name = <span className={greyed ? 'fr-text-mention--grey' : undefined}>{h.name}</span>;
                  const where = h.national ? 'Nationale' : `${h.regionCodes.map((r) => regionName.get(r) ?? r).join(', ')} (${h.territories.join(', ')})`;
                  const cells = [name, <span className={greyed ? 'fr-text-mention--grey' : undefined}>{where}</span>, ...shownKinds.map((k) => <span className={greyed ? 'fr-text-mention--grey' : undefined}>{h.free[k as keyof typeof h.free] ?? 0}</span>)];
                  if (!o) return cells;
                  const verdict = h.selectable ? (
                    choosing ? (
                      confirm === h.hostId ? (
                        <span>
                          <Button size="small" onClick={() => choose.mutate(h.hostId)} disabled={choose.isPending}>
                            Confirmer : {label(ORIENTATION_ACTIONS, choosing.action).toLowerCase()} avec {h.name}
                          </Button>{' '}
                          <Button size="small" priority="tertiary" onClick={() => setConfirm(null)}>
                            Annuler
                          </Button>
                        </span>
                      ) : (
                        <Button size="small" onClick={() => setConfirm(h.hostId)}>
                          Choisir cette structure<span className="fr-sr-only"> : {h.name}</span>
                        </Button>
                      )
                    ) : (
                      <Badge severity="success" small noIcon>
                        Possible
                      </Badge>
                    )
                  ) : (
                    <span>
                      <Badge severity="warning" small noIcon>
                        Exclue
                      </Badge>{' '}
                      <span className="fr-text--sm">{label(PLACE_BOARD_EXCLUSIONS, h.excludedBecause ?? '')}</span>
                    </span>
                  );
                  return [...cells, verdict];
                })}
              />
            )}
            {o && !choosing && orientation.data && (
              <p className="fr-text--sm">Le choix d’une structure n’est pas possible à cette étape de l’orientation : le tableau reste consultable.</p>
            )}
          </Section>
        </>
      )}
    </>
  );
}
