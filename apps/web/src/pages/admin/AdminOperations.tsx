import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { Page } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, MoreButton, Section } from '../../components/common';
import { addDays, todayInParis } from '../../domain/dates';
import { BREAK_GLASS_REASONS, frDate, frDateTime, label, ORGANISATION_KINDS } from '../../domain/labels';
import { CHANNEL_LABELS, count, QUEUE_LABELS } from './admin-logic';

interface QueueStats {
  redis: 'up' | 'down';
  outboxBacklog: number;
  queues: { name: string; waiting: number | null; active: number | null; delayed: number | null; failed: number | null; deadLettered: number }[];
  deliveries: { pending: number; sending: number };
}
interface DeadLetter {
  id: string;
  deliveryId: string;
  round: number;
  channel: string;
  eventLabel: string;
  organisationId: string;
  attempts: number;
  failedAt: string;
  replayedAt: string | null;
}
interface BreakGlassReport {
  from: string;
  to: string;
  total: number;
  byUser: { userId: string; displayName: string | null; organisationId: string; uses: number; firstAt: string; lastAt: string }[];
  byOrganisation: { organisationId: string; name: string | null; kind: string | null; uses: number; users: number; byReason: Record<string, number> }[];
}

/** Queue counts, the outbox backlog and the dead letters, with their replay. */
export function AdminQueues() {
  const client = useQueryClient();
  const orgs = useOrganisations();
  const stats = useQuery({ queryKey: ['admin', 'queues'], queryFn: () => unwrap<QueueStats>(api.GET('/api/admin/notifications/queues')), refetchInterval: 30_000 });
  const letters = usePagedList(['admin', 'dead-letters'], (cursor) =>
    unwrap<Page<DeadLetter>>(api.GET('/api/admin/notifications/dead-letters', { params: { query: { limit: 50, ...cursorParam(cursor) } } })),
  );
  const [replayed, setReplayed] = useState(0);
  const replay = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/admin/notifications/dead-letters/{id}/replay', { params: { path: { id } } })),
    onSuccess: () => setReplayed((n) => n + 1),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'dead-letters'] });
      void client.invalidateQueries({ queryKey: ['admin', 'queues'] });
    },
  });
  const s = stats.data;
  return (
    <>
      <Section title="Files d’envoi" id="files">
        {stats.isPending && <Loading />}
        <ErrorAlert error={stats.error} />
        {s && (
          <>
            {s.redis === 'down' && <Alert severity="warning" small description="Redis ne répond pas : les files ne sont pas comptées. Les événements attendent dans la file de sortie." className="fr-mb-2w" />}
            <ul>
              <li>Événements en attente de distribution (file de sortie) : <strong>{count(s.outboxBacklog)}</strong></li>
              <li>Envois en attente : {count(s.deliveries.pending)} ; en cours : {count(s.deliveries.sending)}</li>
            </ul>
            <DataTable
              caption="Files d’envoi"
              headers={['File', 'En attente', 'En cours', 'Différés', 'En échec', 'Abandonnés']}
              rowKeys={s.queues.map((q) => q.name)}
              rows={s.queues.map((q) => [label(QUEUE_LABELS, q.name), count(q.waiting), count(q.active), count(q.delayed), count(q.failed), count(q.deadLettered)])}
            />
          </>
        )}
      </Section>
      <Section title="Envois abandonnés" id="abandonnes">
        <p className="fr-text--sm">Un envoi est abandonné après ses tentatives. Le relancer le remet en file : il sera envoyé si son destinataire y a toujours droit.</p>
        {replayed > 0 && <Alert severity="success" small description="L’envoi est remis en file." className="fr-mb-2w" />}
        <ErrorAlert error={letters.error ?? replay.error} />
        {letters.loaded && letters.items.length === 0 && <Empty>Aucun envoi abandonné.</Empty>}
        {letters.items.length > 0 && (
          <DataTable
            caption="Envois abandonnés"
            headers={['Notification', 'Canal', 'Organisation', 'Tentatives', 'Abandonné le', 'Action']}
            rowKeys={letters.items.map((l) => l.id)}
            rows={letters.items.map((l) => [
              l.eventLabel,
              label(CHANNEL_LABELS, l.channel),
              orgs.name(l.organisationId),
              `${l.attempts}${l.round > 1 ? ` (relance ${l.round - 1})` : ''}`,
              frDateTime(l.failedAt),
              <Button key="r" size="small" priority="secondary" disabled={replay.isPending} onClick={() => replay.mutate(l.id)}>
                Relancer<span className="fr-sr-only"> l’envoi abandonné le {frDateTime(l.failedAt)}</span>
              </Button>,
            ])}
          />
        )}
        <MoreButton list={letters}>Afficher les envois suivants</MoreButton>
      </Section>
    </>
  );
}

/** Who used emergency access (break the glass), by organisation and by person, over a period. */
export function AdminBreakGlass() {
  const today = todayInParis();
  const [period, setPeriod] = useState({ from: addDays(today, -30), to: today });
  const [asked, setAsked] = useState(period);
  const q = useQuery({
    queryKey: ['admin', 'break-glass', asked],
    queryFn: () => unwrap<BreakGlassReport>(api.GET('/api/break-glass-report', { params: { query: asked } })),
  });
  const orgs = useOrganisations();
  const r = q.data;
  return (
    <Section title="Accès exceptionnels" id="acces-exceptionnels">
      <p className="fr-text--sm">
        Les accès exceptionnels (bris de glace) ouvrent une situation invisible en cas d’urgence. Chacun est journalisé et notifié ; ce rapport les compte,
        sans jamais montrer les situations.
      </p>
      <form className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w" noValidate onSubmit={(e) => { e.preventDefault(); setAsked(period); }}>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Du" nativeInputProps={{ type: 'date', value: period.from, max: period.to, onChange: (e) => setPeriod({ ...period, from: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Au" nativeInputProps={{ type: 'date', value: period.to, min: period.from, onChange: (e) => setPeriod({ ...period, to: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
          <Button type="submit" priority="secondary">Afficher la période</Button>
        </div>
      </form>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {r && (
        <>
          <p>
            Du {frDate(r.from)} au {frDate(r.to)} : <strong>{r.total === 0 ? 'aucun accès exceptionnel' : `${r.total} accès exceptionnel${r.total > 1 ? 's' : ''}`}</strong>.
          </p>
          {r.byOrganisation.length > 0 && (
            <DataTable
              caption="Accès exceptionnels par organisation"
              headers={['Organisation', 'Type', 'Accès', 'Personnes', 'Motifs']}
              rowKeys={r.byOrganisation.map((o) => o.organisationId)}
              rows={r.byOrganisation.map((o) => [
                o.name ?? orgs.name(o.organisationId),
                label(ORGANISATION_KINDS, o.kind),
                String(o.uses),
                String(o.users),
                Object.entries(o.byReason).map(([reason, n]) => `${label(BREAK_GLASS_REASONS, reason)} : ${n}`).join(' ; '),
              ])}
            />
          )}
          {r.byUser.length > 0 && (
            <DataTable
              caption="Accès exceptionnels par personne"
              headers={['Personne', 'Organisation', 'Accès', 'Premier', 'Dernier']}
              rowKeys={r.byUser.map((u) => `${u.userId}-${u.organisationId}`)}
              rows={r.byUser.map((u) => [u.displayName ?? 'Compte supprimé', orgs.name(u.organisationId), String(u.uses), frDateTime(u.firstAt), frDateTime(u.lastAt)])}
            />
          )}
        </>
      )}
    </Section>
  );
}
