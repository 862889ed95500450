import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { usePageTitle } from '../components/common';

export function StatisticsPage() {
  usePageTitle('Statistiques');
  return (
    <>
      <h1>Statistiques</h1>
      <Alert
        severity="info"
        small={false}
        title="Les statistiques nationales arrivent bientôt"
        description="Cette page présentera des chiffres pseudonymisés et agrégés (formes d’exploitation, orientations, délais), sans aucune situation individuelle. Votre rôle n’ouvre aucune situation."
      />
    </>
  );
}
