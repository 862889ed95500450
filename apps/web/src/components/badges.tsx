import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { CASE_STATES, IDENTIFICATION_STATES, label, ORIENTATION_STATES } from '../domain/labels';

const SUCCESS = new Set(['agreed_in_principle', 'accepted', 'hosted', 'admitted', 'stay', 'authorised', 'hearing_held', 'in_care', 'done', 'proceedings', 'acknowledged']);
const ERROR = new Set(['refused', 'cancelled']);

export function OrientationStateBadge({ state }: { state: string }) {
  const severity = ERROR.has(state) ? 'error' : SUCCESS.has(state) ? 'success' : state === 'requested' ? 'new' : 'info';
  return (
    <Badge small severity={severity} noIcon>
      {label(ORIENTATION_STATES, state)}
    </Badge>
  );
}

export function IdentificationBadge({ state }: { state: string }) {
  return (
    <Badge small severity={state === 'presumed_victim' || state === 'formally_identified' ? 'warning' : 'info'} noIcon>
      {label(IDENTIFICATION_STATES, state)}
    </Badge>
  );
}

export function CaseStateBadge({ state }: { state: string }) {
  return (
    <Badge small severity={state === 'active' ? 'success' : 'info'} noIcon>
      {label(CASE_STATES, state)}
    </Badge>
  );
}

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  return overdue ? (
    <Badge small severity="error">
      En retard
    </Badge>
  ) : null;
}
