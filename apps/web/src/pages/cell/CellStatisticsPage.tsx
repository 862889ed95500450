import { Link } from 'react-router';
import { useAuth } from '../../auth/auth';
import { usePageTitle } from '../../components/common';
import { StatisticsView } from '../statistics/StatisticsView';

/** The cell's own statistics (its coordinator): its territory's activity over a period, compared with the period before. */
export function CellStatisticsPage() {
  usePageTitle('Statistiques de la cellule');
  const { me } = useAuth();
  const cell = me.memberships.find((m) => m.organisationKind === 'clav_cell' && m.role === 'cell_coordinator');
  if (!cell) {
    return (
      <>
        <h1>Statistiques de la cellule</h1>
        <p>Ces statistiques sont réservées à la coordination d’une cellule TEH.</p>
      </>
    );
  }
  return (
    <>
      <p className="fr-mb-1w">
        <Link to="/cellule" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à la cellule</Link>
      </p>
      <h1>Statistiques de la cellule</h1>
      <p className="fr-text--lead">
        {cell.organisationName} : situations reçues et examinées, décisions, orientations, délais et échéances de votre département. Chiffres agrégés : aucune
        situation individuelle.
      </p>
      <StatisticsView reports={['activity']} geography={false} />
    </>
  );
}
