import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { ActionItem, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { OverdueBadge } from '../../components/badges';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, MoreButton, Section } from '../../components/common';
import { actionTitle, DECISION_TYPES, frDate, label } from '../../domain/labels';
import { ActionStatusBadge } from '../cell/AgendaItemCard';

const OPEN = ['open', 'in_progress'];
/** Roles that see no case content: they never own an action. */
/** The case-blind roles (CASE_BLIND_ROLES in @mnio/platform): no case work on their home. */
const NO_CASE_ROLES = ['national_analyst', 'platform_admin', 'dpo'];

/**
 * « Actions de la cellule » on the home of an organisation the CLAV cell gave actions to: its open actions
 * (reference, what to do, due date, overdue), started and closed here by the owner alone. Shown only when
 * there is something to do.
 */
export function CellActionsHome() {
  const { me } = useAuth();
  const client = useQueryClient();
  const concerned = me.memberships.some((m) => !NO_CASE_ROLES.includes(m.role));
  const q = usePagedList(
    ['actions', 'mine'],
    (cursor) => unwrap<Page<ActionItem>>(api.GET('/api/actions', { params: { query: { owner: 'mine', limit: 50, ...cursorParam(cursor) } } })),
    { enabled: concerned },
  );
  const move = useMutation({
    mutationFn: (v: { id: string; action: 'start' | 'complete'; version: number }) =>
      unwrap(api.POST('/api/actions/{id}/transitions', { params: { path: { id: v.id } }, body: { action: v.action, version: v.version } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['actions'] }),
  });
  const mine = new Set(me.memberships.map((m) => m.organisationId));
  const open = q.items.filter((a) => OPEN.includes(a.status) && mine.has(a.ownerOrganisationId));
  if (!concerned || (!q.error && open.length === 0 && !q.hasMore)) return null;
  return (
    <Section title="Actions de la cellule" id="actions-cellule">
      <p className="fr-text--sm">Actions que la cellule TEH a confiées à votre organisation. Marquez-les comme réalisées une fois faites : la cellule le voit aussitôt.</p>
      <ErrorAlert error={q.error ?? move.error} />
      {open.length > 0 && (
        <DataTable
          caption="Actions de la cellule confiées à mon organisation"
          headers={['Situation', 'Action', 'Décision', 'Échéance', 'État', 'Suivi']}
          rowKeys={open.map((a) => a.id)}
          rows={open.map((a) => [
            <Link key="r" to={`/cases/${a.caseId}`}>{a.reference}</Link>,
            actionTitle(a.title),
            label(DECISION_TYPES, a.decisionType),
            <span key="d">
              {frDate(a.dueOn)} <OverdueBadge overdue={a.overdue} />
            </span>,
            <ActionStatusBadge key="s" status={a.status} />,
            <div key="b" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
              {a.status === 'open' && (
                <Button size="small" priority="secondary" disabled={move.isPending} onClick={() => move.mutate({ id: a.id, action: 'start', version: a.version })} nativeButtonProps={{ 'aria-label': `Commencer l’action « ${actionTitle(a.title)} » (${a.reference})` }}>
                  Commencer
                </Button>
              )}
              <Button size="small" iconId="fr-icon-check-line" disabled={move.isPending} onClick={() => move.mutate({ id: a.id, action: 'complete', version: a.version })} nativeButtonProps={{ 'aria-label': `Marquer comme réalisée : « ${actionTitle(a.title)} » (${a.reference})` }}>
                Marquer comme réalisée
              </Button>
            </div>,
          ])}
        />
      )}
      <MoreButton list={q}>Afficher les actions suivantes</MoreButton>
    </Section>
  );
}
