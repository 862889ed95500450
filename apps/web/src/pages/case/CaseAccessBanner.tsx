import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useMatch } from 'react-router';
import { useCase } from '../../api/hooks';
import { useAuth } from '../../auth/auth';
import { frDate } from '../../domain/labels';

const time = (iso: string) => new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }).format(new Date(iso));

/**
 * On every page of a case (`/cases/:caseId/…`) opened through break-the-glass: the access is exceptional,
 * read-only, recorded, and ends at a given time. Only users whose role may break the glass ask.
 */
export function CaseAccessBanner() {
  const match = useMatch('/cases/:caseId/*');
  const { can } = useAuth();
  const caseId = match?.params.caseId ?? '';
  const enabled = !!caseId && /^[0-9a-f-]{36}$/i.test(caseId) && can('create', 'BreakGlass');
  return enabled ? <Banner caseId={caseId} orientationPage={!!match && /^orientations(\/|$)/.test(match.params['*'] ?? '')} /> : null;
}

function Banner({ caseId, orientationPage }: { caseId: string; orientationPage: boolean }) {
  const q = useCase(caseId);
  const until = q.data?.breakGlassUntil;
  if (!until) return null;
  return (
    <Alert
      severity="warning"
      small={false}
      className="fr-mb-3w"
      title={`Accès exceptionnel en lecture seule, enregistré, jusqu’au ${frDate(until)} à ${time(until)}`}
      description={`Vous consultez cette situation au titre d’un accès d’urgence. Chaque consultation est enregistrée et l’organisation qui suit la personne en est informée. Vous ne pouvez rien y modifier ; passé cette heure, la situation ne vous sera plus accessible.${
        orientationPage ? ' Les orientations de la personne (structures et lieux d’accueil) restent réservées à leurs parties : l’accès exceptionnel ne les ouvre pas.' : ''
      }`}
    />
  );
}
