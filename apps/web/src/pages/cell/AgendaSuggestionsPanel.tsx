import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import type { AgendaSuggestion, AgendaSuggestions } from '../../api/views';
import { OverdueBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading } from '../../components/common';
import { DEADLINE_KINDS, frDate, label } from '../../domain/labels';
import { todayInFrance } from './ActionForm';

const REFERENCE = /^[0-9AB]{2,3}-\d{4}-\d{6}$/;
const GROUPS: [keyof AgendaSuggestions, string, string][] = [
  ['new', 'Nouvelles', 'Victimes présumées que la cellule n’a pas encore examinées.'],
  ['dueSoon', 'Échéance proche', 'Une échéance tombe dans les prochains jours.'],
  ['overdue', 'En retard', 'Une échéance est dépassée.'],
];

/** What the meeting could look at (cases shared with the cell only), and any other one by its reference. */
export function AgendaSuggestionsPanel({ meetingId, onAdded }: { meetingId: string; onAdded(): void }) {
  const q = useQuery({
    queryKey: ['meeting', meetingId, 'suggestions'],
    queryFn: () => unwrap<AgendaSuggestions>(api.GET('/api/meetings/{id}/agenda-suggestions', { params: { path: { id: meetingId } } })),
  });
  const [reference, setReference] = useState('');
  const [refError, setRefError] = useState<string>();
  const add = useMutation({
    mutationFn: (body: { caseId: string } | { reference: string }) => unwrap(api.POST('/api/meetings/{id}/agenda', { params: { path: { id: meetingId } }, body })),
    onSuccess: (_d, body) => {
      if ('reference' in body) setReference('');
      void q.refetch();
      onAdded();
    },
    onError: (e, body) => {
      if ('reference' in body) setRefError(e instanceof ApiError && e.status === 404 ? 'Aucune situation partagée avec la cellule ne porte cette référence.' : (e as Error).message);
    },
  });
  const item = (s: AgendaSuggestion) => (
    <li key={s.caseId} className="fr-mb-1w">
      <strong>{s.reference}</strong> — {label(DEADLINE_KINDS, s.kind)}, {frDate(s.dueOn)} <OverdueBadge overdue={s.dueOn < todayInFrance()} />{' '}
      <Button size="small" priority="secondary" disabled={add.isPending} onClick={() => add.mutate({ caseId: s.caseId })} nativeButtonProps={{ 'aria-label': `Inscrire ${s.reference} à l’ordre du jour` }}>
        Inscrire
      </Button>
    </li>
  );
  return (
    <div className="fr-p-3w fr-background-alt--grey fr-mb-3w">
      <h3 className="fr-h6">Situations à inscrire</h3>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {add.error && !(add.variables && 'reference' in add.variables) ? <ErrorAlert error={add.error} /> : null}
      {q.data && (
        <div className="fr-grid-row fr-grid-row--gutters">
          {GROUPS.map(([key, title, hint]) => (
            <div key={key} className="fr-col-12 fr-col-lg-4">
              <h4 className="fr-text--md fr-text--bold fr-mb-1v">
                {title} ({q.data[key].length})
              </h4>
              <p className="fr-text--xs fr-text-mention--grey fr-mb-1w">{hint}</p>
              {q.data[key].length === 0 ? <Empty>Aucune.</Empty> : <ul className="fr-pl-0" style={{ listStyle: 'none' }}>{q.data[key].map(item)}</ul>}
            </div>
          ))}
        </div>
      )}
      <form
        noValidate
        className="fr-mt-2w"
        onSubmit={(e) => {
          e.preventDefault();
          const r = reference.trim().toUpperCase();
          if (!REFERENCE.test(r)) return setRefError('Saisissez une référence de la forme 93-2026-000042.');
          setRefError(undefined);
          add.mutate({ reference: r });
        }}
      >
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-6">
            <Input
              label="Ajouter une situation"
              hintText="Toute situation partagée avec la cellule, par sa référence (par exemple 93-2026-000042)."
              state={refError ? 'error' : 'default'}
              stateRelatedMessage={refError}
              nativeInputProps={{ value: reference, onChange: (e) => setReference(e.target.value), autoComplete: 'off', spellCheck: false }}
            />
          </div>
          <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
            <Button type="submit" priority="secondary" disabled={add.isPending}>
              Ajouter à l’ordre du jour
            </Button>
          </div>
        </div>
      </form>
    </div>
  );
}
