import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { TransferTarget, TransferView } from '../../api/access-views';
import { useOrganisations } from '../../api/hooks';
import type { CaseView, Page, Territory } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { frDate, label, ORGANISATION_KINDS, TRANSFER_REASONS } from '../../domain/labels';

export function useCaseTransfers(caseId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['transfers', 'case', caseId],
    enabled,
    queryFn: () => unwrap<Page<TransferView>>(api.GET('/api/transfers', { params: { query: { caseId, limit: 20 } } })),
  });
}

/** At the top of the former owner's page: why its view is reduced, and who follows the person now. */
export function TransferredAwayNotice({ c }: { c: CaseView }) {
  const { me } = useAuth();
  const orgs = useOrganisations();
  const mine = me.memberships.map((m) => m.organisationId);
  const former = !mine.includes(c.ownerOrganisationId) && me.memberships.some((m) => ['case_worker', 'coordinator'].includes(m.role));
  const transfers = useCaseTransfers(c.id, former);
  const handedOver = transfers.data?.items.find((t) => t.status === 'accepted' && mine.includes(t.fromOrganisationId) && t.toOrganisationId === c.ownerOrganisationId);
  if (!handedOver) return null;
  return (
    <Alert
      severity="info"
      small={false}
      title={`Le suivi a été transféré à ${orgs.name(handedOver.toOrganisationId)} le ${frDate(handedOver.answeredAt)}`}
      description="Vous conservez une vue sans identité : le résumé et les parcours, sans le nom ni les coordonnées de la personne. Pour toute action, adressez-vous à l’organisation qui suit désormais la situation."
      className="fr-mb-3w"
    />
  );
}

/**
 * Transfer of the follow-up to another département: the owner asks, the receiving organisation answers from its
 * home. The former owner is told what it keeps (a view without identity).
 */
export function CaseTransfer({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const mayRequest = can('request', 'CaseTransfer', { fromOrganisationId: c.ownerOrganisationId, fromCellId: null });
  const transfers = useCaseTransfers(c.id, mayRequest);
  const items = transfers.data?.items ?? [];
  const pending = items.find((t) => t.status === 'requested');
  const active = c.statuses.case === 'active' || c.statuses.case === 'follow_up';

  if (!mayRequest) return null;
  return (
    <Section title="Transfert du suivi" id="transfert">
      {transfers.isPending && <Loading />}
      <ErrorAlert error={transfers.error} />
      {mayRequest && pending && <PendingTransfer t={pending} caseId={c.id} />}
      {mayRequest && !pending && transfers.data && active && <TransferForm c={c} />}
    </Section>
  );
}

function PendingTransfer({ t, caseId }: { t: TransferView; caseId: string }) {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => unwrap<TransferView>(api.POST('/api/transfers/{id}/transitions', { params: { path: { id: t.id } }, body: { action: 'cancel' } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['transfers', 'case', caseId] }),
  });
  return (
    <div className="fr-p-3w fr-background-alt--grey">
      <p className="fr-mb-1w">
        <strong>Transfert demandé le {frDate(t.requestedAt)}</strong> à {orgs.name(t.toOrganisationId)} (département {t.toTerritory}) —{' '}
        {label(TRANSFER_REASONS, t.reasonCode)}.
      </p>
      <p className="fr-text--sm">En attente de sa réponse. Tant qu’elle n’a pas accepté, votre organisation garde le suivi ; l’organisation sollicitée voit la situation sans l’identité.</p>
      <ErrorAlert error={cancel.error} />
      <Button priority="secondary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
        Annuler la demande de transfert
      </Button>
    </div>
  );
}

function TransferForm({ c }: { c: CaseView }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [territory, setTerritory] = useState('');
  const [target, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const territories = useQuery({ queryKey: ['territories'], queryFn: () => unwrap<Territory[]>(api.GET('/api/territories')), staleTime: Infinity, enabled: open });
  const targets = useQuery({
    queryKey: ['transfer-targets', c.id, territory],
    enabled: open && !!territory,
    queryFn: () => unwrap<TransferTarget[]>(api.GET('/api/cases/{id}/transfer-targets', { params: { path: { id: c.id }, query: { territory } } })),
  });
  const request = useMutation({
    mutationFn: () =>
      unwrap<TransferView>(api.POST('/api/cases/{id}/transfers', { params: { path: { id: c.id } }, body: { toOrganisationId: target, reasonCode: reason as 'other', toTerritory: territory } })),
    onSuccess: () => setOpen(false),
    onSettled: () => client.invalidateQueries({ queryKey: ['transfers', 'case', c.id] }),
  });
  if (!open) {
    return (
      <>
        <p className="fr-text--sm">La personne part vivre ou être hébergée dans un autre département ? Confiez son suivi à une organisation de ce département.</p>
        <Button priority="secondary" iconId="fr-icon-arrow-right-line" onClick={() => setOpen(true)}>
          Transférer le suivi
        </Button>
      </>
    );
  }
  const departements = Object.fromEntries((territories.data ?? []).filter((t) => t.code !== c.territory).map((t) => [t.code, `${t.name} (${t.code})`]));
  const choices = Object.fromEntries((targets.data ?? []).map((o) => [o.id, `${o.name} — ${label(ORGANISATION_KINDS, o.kind)}`]));
  return (
    <form
      className="fr-p-3w fr-background-alt--grey"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (territory && target && reason) request.mutate();
      }}
    >
      <h3 className="fr-h6">Transférer le suivi à un autre département</h3>
      <ErrorAlert error={request.error} />
      <ErrorAlert error={territories.error ?? targets.error} title="La liste n’a pas pu être chargée" />
      <CodeSelect
        label="Département d’arrivée"
        table={departements}
        value={territory}
        onChange={(v) => {
          setTerritory(v);
          setTarget('');
        }}
        error={tried && !territory ? 'Choisissez le département où la personne sera suivie.' : undefined}
      />
      {territory && targets.isPending && <Loading what="Recherche des organisations du département…" />}
      {territory && targets.data && targets.data.length === 0 && (
        <p className="fr-message fr-message--info">Aucune organisation de ce département ne peut reprendre un suivi dans mnio pour l’instant.</p>
      )}
      {territory && targets.data && targets.data.length > 0 && (
        <CodeSelect
          label="Organisation qui reprendra le suivi"
          hint="Seules les organisations qui peuvent suivre une situation sont proposées."
          table={choices}
          value={target}
          onChange={setTarget}
          error={tried && !target ? 'Choisissez l’organisation qui reprendra le suivi.' : undefined}
        />
      )}
      <CodeSelect label="Motif du transfert" table={TRANSFER_REASONS} value={reason} onChange={setReason} error={tried && !reason ? 'Choisissez le motif du transfert.' : undefined} />
      <p className="fr-text--sm">
        L’organisation choisie verra la situation sans l’identité le temps de répondre. Si elle accepte, elle suivra la personne et votre organisation gardera une vue sans
        identité. Aucune orientation ni adresse d’hébergement n’est transmise.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Button type="submit" disabled={request.isPending}>
            Demander le transfert
          </Button>
        </li>
        <li>
          <Button type="button" priority="tertiary" onClick={() => setOpen(false)}>
            Annuler
          </Button>
        </li>
      </ul>
    </form>
  );
}
