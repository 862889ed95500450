import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Decision } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { ACTION_STATUSES, actionTitle, DECISION_TYPES, frDate, label } from '../../domain/labels';
import { ActionForm } from './ActionForm';

const STATUS_SEVERITY: Record<string, 'new' | 'info' | 'success' | 'error'> = { open: 'new', in_progress: 'info', done: 'success', cancelled: 'error' };

export function ActionStatusBadge({ status }: { status: string }) {
  return (
    <Badge small noIcon severity={STATUS_SEVERITY[status] ?? 'info'}>
      {label(ACTION_STATUSES, status)}
    </Badge>
  );
}

function DecisionForm({ meetingId, caseId, onDone }: { meetingId: string; caseId: string; onDone(): void }) {
  const [type, setType] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ type?: string; text?: string }>({});
  const decide = useMutation({
    mutationFn: () => unwrap(api.POST('/api/meetings/{id}/decisions', { params: { path: { id: meetingId } }, body: { caseId, type: type as 'review_done', text: text.trim() } })),
    onSuccess: () => {
      setType('');
      setText('');
      onDone();
    },
  });
  return (
    <form
      noValidate
      aria-label="Enregistrer une décision"
      onSubmit={(e) => {
        e.preventDefault();
        const found = { type: type ? undefined : 'Choisissez la décision.', text: text.trim() ? undefined : 'Résumez la décision de la cellule.' };
        setErrors(found);
        if (!found.type && !found.text) decide.mutate();
      }}
    >
      <ErrorAlert error={decide.error} />
      <CodeSelect label="Décision" table={DECISION_TYPES} value={type} onChange={setType} error={errors.type} placeholder="Choisir une décision" />
      <Input
        textArea
        label="Texte de la décision"
        hintText="Chiffré ; n’apparaît jamais dans le compte rendu."
        state={errors.text ? 'error' : 'default'}
        stateRelatedMessage={errors.text}
        nativeTextAreaProps={{ value: text, onChange: (e) => setText(e.target.value), rows: 3 }}
      />
      <Button type="submit" disabled={decide.isPending}>
        Enregistrer la décision
      </Button>
    </form>
  );
}

/** One case on the agenda: the decisions the meeting took on it, their actions, and the forms to add them. */
export function AgendaItemCard({ meetingId, item, decisions, owners, mayDecide, onChange }: {
  meetingId: string; item: { caseId: string; reference: string }; decisions: Decision[]; owners: Record<string, string>; mayDecide: boolean; onChange(): void;
}) {
  const orgs = useOrganisations();
  return (
    <article className="fr-p-3w fr-mb-3w" style={{ border: '1px solid var(--border-default-grey)' }} aria-labelledby={`item-${item.caseId}`}>
      <h3 id={`item-${item.caseId}`} className="fr-h5">
        Situation <Link to={`/cases/${item.caseId}`}>{item.reference}</Link>
      </h3>
      {decisions.length === 0 && <Empty>Pas encore de décision.</Empty>}
      {decisions.map((d) => (
        <div key={d.id} className="fr-mb-3w">
          <p className="fr-mb-1w">
            <strong>{label(DECISION_TYPES, d.type)}</strong> — {frDate(d.decidedAt)}{' '}
            {d.supersededById && (
              <Badge small noIcon severity="warning">
                Remplacée
              </Badge>
            )}
          </p>
          <p className="fr-text--sm">{d.text}</p>
          {d.actions.length > 0 && (
            <DataTable
              caption={`Actions — ${item.reference}`}
              headers={['Action', 'Organisation responsable', 'Échéance', 'État']}
              rows={d.actions.map((a) => [actionTitle(a.title), orgs.name(a.ownerOrganisationId), frDate(a.dueOn), <ActionStatusBadge key={a.id} status={a.status} />])}
              rowKeys={d.actions.map((a) => a.id)}
            />
          )}
          {mayDecide && !d.supersededById && (
            <Accordion label={`Donner une action — ${label(DECISION_TYPES, d.type)}`} titleAs="h4" defaultExpanded={d.actions.length === 0}>
              <ActionForm decisionId={d.id} owners={owners} onDone={onChange} />
            </Accordion>
          )}
        </div>
      ))}
      {mayDecide && (
        <Accordion label={`Enregistrer une décision — ${item.reference}`} titleAs="h4" defaultExpanded={decisions.length === 0}>
          <DecisionForm meetingId={meetingId} caseId={item.caseId} onDone={onChange} />
        </Accordion>
      )}
    </article>
  );
}
