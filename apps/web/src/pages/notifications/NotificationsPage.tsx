import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { NotificationItem, Page } from '../../api/views';
import { Empty, ErrorAlert, Loading, MoreButton, usePageTitle } from '../../components/common';
import { frDateTime } from '../../domain/labels';

/** The inbox: titles carry a label and a case reference, never a name; each links to the page concerned. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const client = useQueryClient();
  const q = usePagedList(['notifications', 'list'], (cursor) =>
    unwrap<Page<NotificationItem>>(api.GET('/api/notifications', { params: { query: { limit: 50, ...cursorParam(cursor) } } })),
  );
  const refresh = () => client.invalidateQueries({ queryKey: ['notifications'] });
  const readOne = useMutation({ mutationFn: (id: string) => unwrap(api.POST('/api/notifications/{id}/read', { params: { path: { id } } })), onSettled: refresh });
  const readAll = useMutation({ mutationFn: () => unwrap(api.POST('/api/notifications/read-all')), onSettled: refresh });
  const unread = q.items.filter((n) => !n.read).length;
  return (
    <>
      <h1>Notifications</h1>
      <p>
        <Link to="/notifications/preferences">Choisir comment recevoir les notifications</Link>
      </p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error ?? readAll.error ?? readOne.error} />
      {unread > 0 && (
        <Button priority="secondary" size="small" className="fr-mb-3w" onClick={() => readAll.mutate()} disabled={readAll.isPending}>
          Tout marquer comme lu
        </Button>
      )}
      {q.loaded &&
        (q.items.length === 0 ? (
          <Empty>Aucune notification.</Empty>
        ) : (
          <ul className="fr-raw-list" aria-label="Notifications">
            {q.items.map((n) => (
              <li key={n.id} className={`fr-p-2w fr-mb-1w ${n.read ? '' : 'fr-background-alt--blue-france'}`}>
                <p className="fr-mb-1v">
                  {!n.read && <span className="fr-badge fr-badge--sm fr-badge--new fr-mr-1w">Non lue</span>}
                  <Link to={n.link} onClick={() => !n.read && readOne.mutate(n.id)} className="fr-text--bold">
                    {n.title}
                  </Link>
                </p>
                <p className="fr-text--xs fr-mb-0">
                  {frDateTime(n.createdAt)}
                  {!n.read && (
                    <Button priority="tertiary no outline" size="small" className="fr-ml-2w" onClick={() => readOne.mutate(n.id)}>
                      Marquer comme lue
                    </Button>
                  )}
                </p>
              </li>
            ))}
          </ul>
        ))}
      <MoreButton list={q}>Afficher les notifications plus anciennes</MoreButton>
    </>
  );
}
