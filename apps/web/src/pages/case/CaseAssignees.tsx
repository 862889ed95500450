import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseAssignments, CaseView } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { CodeSelect } from '../../components/fields';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { colleagueOptions, followedBy, maySelfAssign } from './assignments';

/**
 * « Suivie par »: the workers of the owning organisation who follow the case (colleagues' names, never the person's),
 * with the controls to assign oneself or a colleague and to end an assignment. Only for the owner's workers: the API
 * answers others 403, and they are not shown who follows the case.
 */
export function CaseAssignees({ c }: { c: Pick<CaseView, 'id' | 'ownerOrganisationId' | 'anonymisedAt'> }) {
  const { can, me } = useAuth();
  const mine = can('assign', 'Case', { ownerOrganisationId: c.ownerOrganisationId });
  const client = useQueryClient();
  const [colleague, setColleague] = useState('');
  const q = useQuery({
    queryKey: ['assignments', c.id],
    queryFn: () => unwrap<CaseAssignments>(api.GET('/api/cases/{id}/assignments', { params: { path: { id: c.id } } })),
    enabled: mine,
  });
  const done = () => {
    setColleague('');
    void client.invalidateQueries({ queryKey: ['assignments', c.id] });
    void client.invalidateQueries({ queryKey: ['cases'] });
  };
  const assign = useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/api/cases/{id}/assignments', { params: { path: { id: c.id } }, body: { userId } })),
    onSettled: done,
  });
  const unassign = useMutation({
    mutationFn: (userId: string) => unwrap(api.DELETE('/api/cases/{id}/assignments/{assigneeId}', { params: { path: { id: c.id, assigneeId: userId } } })),
    onSettled: done,
  });
  // While the assignments load, the section's heading holds its place: the page below it does not jump when they come.
  if (mine && q.isPending)
    return (
      <Section title="Suivi au sein de votre structure" id="suivie-par">
        <Loading what="Chargement du suivi…" />
      </Section>
    );
  if (!mine || !q.data) return <ErrorAlert error={q.error} />;
  const { assignees, candidates } = q.data;
  const options = colleagueOptions(candidates, me.id);
  const busy = assign.isPending || unassign.isPending;
  return (
    <Section title="Suivi au sein de votre structure" id="suivie-par">
      <p>{followedBy(assignees, me.id)}</p>
      <ErrorAlert error={assign.error ?? unassign.error} />
      {!c.anonymisedAt && (
        <>
          {assignees.length > 0 && (
            <ul className="fr-raw-list fr-mb-2w">
              {assignees.map((a) => (
                <li key={a.userId} className="fr-mb-1w">
                  <Button size="small" priority="tertiary" disabled={busy} onClick={() => unassign.mutate(a.userId)}>
                    {a.userId === me.id ? 'Ne plus suivre cette situation' : `Retirer ${a.displayName} du suivi`}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {maySelfAssign(candidates, me.id) && (
            <Button iconId="fr-icon-user-add-line" className="fr-mb-2w" disabled={busy} onClick={() => assign.mutate(me.id)}>
              M’affecter
            </Button>
          )}
          {Object.keys(options).length > 0 && (
            <div className="fr-grid-row fr-grid-row--gutters">
              <div className="fr-col-12 fr-col-md-6">
                <CodeSelect label="Affecter un collègue" table={options} value={colleague} onChange={setColleague} placeholder="Choisir un collègue" />
                <Button size="small" priority="secondary" disabled={busy || !colleague} onClick={() => assign.mutate(colleague)}>
                  Affecter ce collègue
                </Button>
              </div>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
