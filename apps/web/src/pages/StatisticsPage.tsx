import { Link } from 'react-router';
import { usePageTitle } from '../components/common';
import { useAuth } from '../auth/auth';
import { StatisticsView } from './statistics/StatisticsView';
import type { ReportKind } from './statistics/types';

/**
 * Statistics, pseudonymised and with small cells suppressed: the national analyst's survey, EU / GRETA,
 * activity and capacity tables; the Ac.Sé coordination's capacity tables only.
 */
export function StatisticsPage() {
  const { me } = useAuth();
  const analyst = me.memberships.some((m) => m.role === 'national_analyst');
  const acse = !analyst && me.memberships.some((m) => m.organisationKind === 'acse_coordination' && m.role === 'coordinator');
  usePageTitle(acse ? 'Statistiques Ac.Sé' : 'Statistiques');
  const reports: ReportKind[] = acse ? ['capacity'] : ['survey', 'eu', 'activity', 'capacity'];
  return (
    <>
      <h1>{acse ? 'Statistiques Ac.Sé : demandes et places' : 'Statistiques'}</h1>
      <p className="fr-text--lead">
        {acse
          ? 'Demandes d’hébergement reçues par le réseau, ce qu’elles sont devenues, places offertes et occupées, temps d’attente. Chiffres agrégés : aucune situation individuelle.'
          : 'Chiffres agrégés et pseudonymisés : aucune situation individuelle, aucun nom, aucune référence. Une personne compte chaque année où elle a été suivie.'}
      </p>
      {analyst && (
        <p>
          <Link className="fr-link fr-icon-arrow-right-line fr-link--icon-right" to="/statistiques/campagne">
            Campagne d’enquête : questionnaires des organisations, comptés une fois
          </Link>
        </p>
      )}
      <StatisticsView reports={reports} />
    </>
  );
}
