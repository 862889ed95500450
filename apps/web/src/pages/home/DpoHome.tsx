import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link } from 'react-router';
import { useAuth } from '../../auth/auth';
import { Section } from '../../components/common';

/**
 * The data-protection officer's home (issue 16): the journal of who read what, and where the alerts arrive. The role
 * is case-blind: no situation is listed here, nor anywhere for it.
 */
export function DpoHome() {
  const { me } = useAuth();
  const platform = me.memberships.some((m) => m.role === 'dpo' && m.organisationKind === 'platform');
  return (
    <Section title="Protection des données" id="protection-des-donnees">
      <p>
        {platform
          ? 'Vous êtes délégué ou déléguée à la protection des données de la plateforme : vous contrôlez les accès de toutes les organisations.'
          : 'Vous êtes délégué ou déléguée à la protection des données de votre organisation : vous contrôlez qui consulte les situations qu’elle suit et ce que lisent ses membres.'}{' '}
        Vous n’avez accès à aucune situation ; le journal désigne les situations par leur référence.
      </p>
      <Button linkProps={{ to: '/protection-des-donnees/journal' }} iconId="fr-icon-eye-line" className="fr-mb-2w">
        Ouvrir le journal des accès
      </Button>
      <p className="fr-text--sm">
        Quand un compte lit un nombre inhabituel d’identités dans la journée, une alerte vous parvient dans vos <Link to="/notifications">notifications</Link>.
      </p>
    </Section>
  );
}
