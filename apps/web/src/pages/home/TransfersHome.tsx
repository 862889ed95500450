import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { TransferView } from '../../api/access-views';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading, MoreButton, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { frDate, label, TRANSFER_REASONS, TRANSFER_REFUSAL_REASONS } from '../../domain/labels';

/** Transfers of follow-up addressed to the user's organisation, to accept or refuse. Shown only to those who may answer. */
export function TransfersHome() {
  const { me } = useAuth();
  const answers = me.memberships.some((m) => ['case_worker', 'coordinator'].includes(m.role));
  const q = usePagedList(
    ['transfers', 'incoming'],
    (cursor) => unwrap<Page<TransferView>>(api.GET('/api/transfers', { params: { query: { direction: 'incoming', status: 'requested', limit: 20, ...cursorParam(cursor) } } })),
    { enabled: answers },
  );
  if (!answers || (q.loaded && q.items.length === 0)) return null;
  return (
    <Section title="Transferts de suivi à examiner" id="transferts">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.items.map((t) => <IncomingTransfer key={t.id} t={t} />)}
      <MoreButton list={q}>Afficher les transferts suivants</MoreButton>
    </Section>
  );
}

function IncomingTransfer({ t }: { t: TransferView }) {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const answer = useMutation({
    mutationFn: (move: 'accept' | 'refuse') =>
      unwrap<TransferView>(api.POST('/api/transfers/{id}/transitions', { params: { path: { id: t.id } }, body: move === 'refuse' ? { action: move, reasonCode: reason as 'other' } : { action: move } })),
    // The incoming list is left as it is, so the answer stays on screen; the case and its lists are reloaded.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['transfers', 'case', t.caseId] });
      void client.invalidateQueries({ queryKey: ['case', t.caseId] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
  const answered = answer.data;
  return (
    <div className="fr-card fr-p-3w fr-mb-2w">
      <p className="fr-mb-1w">
        <strong>
          Situation <Link to={`/cases/${t.caseId}`}>{t.reference}</Link>
        </strong>{' '}
        — département {t.fromTerritory} vers {t.toTerritory}
      </p>
      <p className="fr-text--sm fr-mb-1w">
        Demandé le {frDate(t.requestedAt)} par {orgs.name(t.fromOrganisationId)} · motif : {label(TRANSFER_REASONS, t.reasonCode)}
      </p>
      {answered ? (
        <p className="fr-message fr-message--valid" role="status">
          {answered.status === 'accepted' ? 'Transfert accepté : votre organisation suit désormais cette situation.' : 'Transfert refusé : l’organisation qui l’a demandé en est informée.'}
        </p>
      ) : (
        <>
          <p className="fr-text--sm">Vous voyez la situation sans l’identité pour décider. En acceptant, votre organisation suit la personne et accède à son identité.</p>
          <ErrorAlert error={answer.error} />
          {refusing && (
            <CodeSelect label="Motif du refus" table={TRANSFER_REFUSAL_REASONS} value={reason} onChange={setReason} error={tried && !reason ? 'Choisissez le motif du refus.' : undefined} />
          )}
          <ul className="fr-btns-group fr-btns-group--inline-md">
            {!refusing && (
              <li>
                <Button onClick={() => answer.mutate('accept')} disabled={answer.isPending}>
                  Accepter le transfert
                </Button>
              </li>
            )}
            <li>
              <Button
                priority="secondary"
                disabled={answer.isPending}
                onClick={() => {
                  if (!refusing) return setRefusing(true);
                  setTried(true);
                  if (reason) answer.mutate('refuse');
                }}
              >
                {refusing ? 'Confirmer le refus' : 'Refuser le transfert'}
              </Button>
            </li>
            {refusing && (
              <li>
                <Button priority="tertiary" onClick={() => setRefusing(false)}>
                  Revenir
                </Button>
              </li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}
