import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Preference } from '../../api/views';
import { ErrorAlert, Loading, usePageTitle } from '../../components/common';

const CHANNELS: Record<string, string> = { in_app: 'dans mnio', email: 'par courriel' };

export function PreferencesPage() {
  usePageTitle('Préférences de notification');
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['notifications', 'preferences'], queryFn: () => unwrap<{ items: Preference[] }>(api.GET('/api/notifications/preferences')) });
  const save = useMutation({
    mutationFn: (p: Preference) =>
      unwrap(api.PUT('/api/notifications/preferences', { body: { items: [{ eventType: p.eventType as 'OrientationAccepted', channel: p.channel, enabled: !p.enabled }] } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['notifications', 'preferences'] }),
  });
  const types = [...new Set((q.data?.items ?? []).map((p) => p.eventType))];
  return (
    <>
      <p className="fr-mb-2w">
        <Link to="/notifications" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour aux notifications
        </Link>
      </p>
      <h1>Préférences de notification</h1>
      <p>Les courriels ne contiennent jamais d’information sur les personnes : seulement la référence de la situation et un lien. Les notifications dans mnio ne peuvent pas être désactivées.</p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error ?? save.error} />
      {types.map((t) => {
        const items = q.data!.items.filter((p) => p.eventType === t);
        return (
          <fieldset key={t} className="fr-fieldset fr-mb-2w" aria-labelledby={`pref-${t}`}>
            <legend className="fr-fieldset__legend fr-text--md" id={`pref-${t}`}>
              {items[0].label}
            </legend>
            {items.map((p) => (
              <div key={p.channel} className="fr-fieldset__element">
                <ToggleSwitch
                  label={`Recevoir ${CHANNELS[p.channel] ?? p.channel}`}
                  checked={p.enabled}
                  disabled={p.locked || save.isPending}
                  onChange={() => save.mutate(p)}
                  inputTitle={`${items[0].label} — ${CHANNELS[p.channel] ?? p.channel}`}
                  showCheckedHint={false}
                />
              </div>
            ))}
          </fieldset>
        );
      })}
    </>
  );
}
