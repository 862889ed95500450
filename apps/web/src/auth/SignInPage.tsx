import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { usePageTitle } from '../components/common';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  usePageTitle('Connexion');
  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-7w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion à mnio</h1>
        <p className="fr-text--sm">
          Coordination des situations de traite des êtres humains (mécanisme national d’identification et d’orientation).
        </p>
        <Notice
          className="fr-mb-4w"
          title="Pour protéger les personnes, votre session prend fin après une période sans activité. Sur un poste partagé, déconnectez-vous en partant."
        />
        <SignInForm />
      </div>
    </div>
  );
}
