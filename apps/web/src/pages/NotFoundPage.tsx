import { Link } from 'react-router';
import { usePageTitle } from '../components/common';

/** Missing and not-for-you look the same, as the API's 404 does. */
export function NotFoundPage() {
  usePageTitle('Page non trouvée');
  return (
    <div className="fr-my-7w">
      <h1>Page non trouvée</h1>
      <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p className="fr-text--lead fr-mb-3w">
        La page que vous cherchez n’existe pas, ou elle ne vous est pas accessible.
      </p>
      <p className="fr-text--sm fr-mb-5w">
        Si vous avez suivi un lien, la situation a pu être transférée ou ne pas être partagée avec votre organisation.
      </p>
      <Link className="fr-btn" to="/">
        Retour à l’accueil
      </Link>
    </div>
  );
}
