import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { useState } from 'react';
import type { CaseView } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading } from '../../components/common';
import { useSubjectAccessExports } from './subject-access';
import { SubjectAccessExports } from './SubjectAccessExports';
import { SubjectAccessRequestForm } from './SubjectAccessRequestForm';

/**
 * « Droit d’accès de la personne » on the case page, for the coordinators (and the DPO) of the organisation that
 * follows the case: ask for the export of everything mnio holds about her, follow its state, download it once.
 */
export function CaseSubjectAccess({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const [expanded, setExpanded] = useState(false);
  if (!can('request', 'SubjectAccess', { ownerOrganisationId: c.ownerOrganisationId })) return null;
  return (
    <div className="fr-accordions-group fr-mb-5w">
      <Accordion label="Droit d’accès de la personne" expanded={expanded} onExpandedChange={setExpanded} titleAs="h2">
        {expanded && <CaseExports caseId={c.id} />}
      </Accordion>
    </div>
  );
}

function CaseExports({ caseId }: { caseId: string }) {
  const q = useSubjectAccessExports(caseId);
  return (
    <>
      <p className="fr-text--sm">
        La personne peut obtenir tout ce que mnio détient sur elle : identité, situation, parcours, accords, orientations, notifications et la liste des
        structures qui ont consulté son identité. L’export (PDF et JSON) est préparé en quelques instants ; il se télécharge une seule fois, par vous, dans les
        24 heures. Chaque étape est enregistrée dans le journal d’audit.
      </p>
      <SubjectAccessRequestForm caseId={caseId} />
      {q.isPending ? <Loading /> : q.error ? <ErrorAlert error={q.error} /> : <SubjectAccessExports items={q.data} />}
    </>
  );
}
