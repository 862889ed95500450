import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** Mirrors libs/cases minor-protection/ (GET /api/cases/:id/minor-protection). */
export interface MinorProtectionStep {
  step: string;
  state: 'done' | 'due' | 'overdue' | 'to_do' | 'not_applicable_yet';
  doneOn: string | null;
  doneBy: string | null;
  dueOn: string | null;
  deadlineId: string | null;
  actor: { organisationKind: string; organisationId: string | null; organisationName: string | null };
  escalated: boolean;
}

export interface MinorProtectionView {
  caseId: string;
  reference: string;
  applicable: boolean;
  today: string;
  steps: MinorProtectionStep[];
  nextClock: MinorProtectionStep | null;
}

/** GET /api/minor-protection/cases */
export interface MinorInCare {
  caseId: string;
  reference: string;
  territory: string;
  ageBand: string;
  childProtectionStatus: string;
  nextClock: { deadlineId: string; kind: string; dueOn: string; overdue: boolean; responsibleOrganisationId: string } | null;
}

/** Keyed on the case's version: a recorded event refetches the checklist with the case. */
export function useMinorProtection(caseId: string, version: number) {
  return useQuery({
    queryKey: ['minor-protection', caseId, version],
    queryFn: () => unwrap<MinorProtectionView>(api.GET('/api/cases/{id}/minor-protection', { params: { path: { id: caseId } } })),
  });
}

/** Refetched on every visit of the home: a clock met a moment ago on the case page must not still read as due. */
export function useMinorsInCare() {
  return useQuery({ queryKey: ['minor-protection', 'cases'], queryFn: () => unwrap<{ items: MinorInCare[] }>(api.GET('/api/minor-protection/cases')), refetchOnMount: 'always' });
}
