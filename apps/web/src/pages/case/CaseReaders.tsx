import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { CaseReader } from '../../api/access-views';
import type { CaseView, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, MoreButton } from '../../components/common';
import { BREAK_GLASS_REASONS, frDateTime, IDENTITY_READ_REASONS, label } from '../../domain/labels';

/**
 * « Qui a consulté ce dossier » : identity reads and emergency accesses, from the audit journal, for the
 * coordinators of the organisation that follows the case. Loaded only when unfolded (the read is audited).
 */
export function CaseReaders({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const [expanded, setExpanded] = useState(false);
  if (!can('read', 'CaseAccessLog', { ownerOrganisationId: c.ownerOrganisationId })) return null;
  return (
    <div className="fr-accordions-group fr-mb-5w">
      <Accordion label="Qui a consulté ce dossier" expanded={expanded} onExpandedChange={setExpanded} titleAs="h2">
        {expanded && <ReadersList caseId={c.id} />}
      </Accordion>
    </div>
  );
}

function ReadersList({ caseId }: { caseId: string }) {
  const q = usePagedList(['readers', caseId], (cursor) =>
    unwrap<Page<CaseReader>>(api.GET('/api/cases/{id}/readers', { params: { path: { id: caseId }, query: { limit: 20, ...cursorParam(cursor) } } })),
  );
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const items = q.items;
  return (
    <>
      <p className="fr-text--sm">
        Chaque affichage de l’identité et chaque accès exceptionnel, du plus récent au plus ancien, tels que le journal d’audit les a enregistrés. La consultation de
        cette liste est elle-même enregistrée.
      </p>
      {items.length === 0 ? (
        <Empty>Personne n’a encore affiché l’identité de cette personne.</Empty>
      ) : (
        <DataTable
          caption="Consultations de l’identité et accès exceptionnels"
          headers={['Date et heure', 'Qui', 'Organisation', 'Consultation', 'Motif donné']}
          rows={items.map((r) => [
            frDateTime(r.at),
            r.userName ?? 'Compte inconnu',
            r.organisationName ?? '—',
            r.kind === 'break_glass' ? (
              <>
                Accès exceptionnel
                {r.expiresAt && <span className="fr-display-block fr-text--xs fr-mb-0">jusqu’au {frDateTime(r.expiresAt)}</span>}
              </>
            ) : (
              'Affichage de l’identité'
            ),
            r.kind === 'break_glass' ? label(BREAK_GLASS_REASONS, r.reason) : label(IDENTITY_READ_REASONS, r.reason),
          ])}
        />
      )}
      <MoreButton list={q}>Voir les consultations plus anciennes</MoreButton>
    </>
  );
}
