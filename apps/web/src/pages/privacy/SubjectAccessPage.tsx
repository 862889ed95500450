import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useAuth } from '../../auth/auth';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { useSubjectAccessExports } from './subject-access';
import { SubjectAccessExports } from './SubjectAccessExports';
import { SubjectAccessRequestForm } from './SubjectAccessRequestForm';

/**
 * The data-protection officer's page for the right of access: ask for a person's export by the case's reference
 * (the DPO never opens a case), follow the requests of the organisation, download once what one asked for.
 */
export function SubjectAccessPage() {
  usePageTitle('Droit d’accès des personnes');
  const { can } = useAuth();
  if (!can('request', 'SubjectAccess')) return <Empty>Cette page est réservée au délégué à la protection des données et aux coordinateurs de votre organisation.</Empty>;
  return (
    <>
      <h1>Droit d’accès des personnes</h1>
      <Alert
        severity="info"
        small
        className="fr-mb-3w"
        description="Une personne suivie par votre organisation peut demander tout ce que mnio détient sur elle (article 15 du RGPD). L’export est préparé en quelques instants, au format PDF et JSON ; seule la personne qui l’a demandé peut le télécharger, une seule fois, dans les 24 heures."
      />
      <Section title="Nouvelle demande">
        <SubjectAccessRequestForm />
      </Section>
      <Section title="Demandes de votre organisation">
        <Requests />
      </Section>
    </>
  );
}

function Requests() {
  const q = useSubjectAccessExports();
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  return <SubjectAccessExports items={q.data} withReference />;
}
