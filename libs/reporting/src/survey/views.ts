import { QueryBus } from '@nestjs/cqrs';
import { OrganisationsByIdQuery, UserDisplayNamesQuery } from '@mnio/directory';
import type { Freshness } from '../domain/reports';
import type { ReportTable } from '../domain/tables';
import type { CampaignStatus, Correction, QuestionnaireStatus } from './domain/campaign';
import type { CampaignRow, QuestionnaireRow } from './survey-store';

/** A questionnaire as the campaign's follow-up lists it: who answered, when, signed by whom. No figure. */
export interface QuestionnaireSummary {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  status: QuestionnaireStatus;
  submittedAt: string | null;
  submittedByName: string | null;
}

export interface CampaignView {
  id: string;
  year: number;
  status: CampaignStatus;
  openedAt: string;
  closedAt: string | null;
  version: number;
  questionnaires: QuestionnaireSummary[];
  answered: number;
  total: number;
}

/** An organisation's questionnaire: its figures from its own cases (not suppressed: it holds the files), its corrections, its signature. */
export interface QuestionnaireView {
  id: string;
  campaignId: string;
  year: number;
  campaignStatus: CampaignStatus;
  organisationId: string;
  organisationName: string;
  status: QuestionnaireStatus;
  version: number;
  /** The survey's tables from the organisation's cases: live while a draft, as signed once submitted. */
  tables: ReportTable[];
  corrections: Correction[];
  submittedAt: string | null;
  submittedByName: string | null;
  freshness: Freshness;
}

const iso = (d: string | Date | null) => (d ? new Date(d).toISOString() : null);

export async function namesOf(queries: QueryBus, organisationIds: string[], userIds: string[]) {
  const orgs = await queries.execute(new OrganisationsByIdQuery(organisationIds));
  const users = userIds.length ? await queries.execute(new UserDisplayNamesQuery([...new Set(userIds)])) : [];
  return {
    organisation: (id: string) => orgs.find((o) => o.id === id)?.name ?? 'Organisation',
    user: (id: string | null) => (id ? (users.find((u) => u.id === id)?.displayName ?? null) : null),
  };
}

export async function campaignView(queries: QueryBus, c: CampaignRow, qs: QuestionnaireRow[]): Promise<CampaignView> {
  const names = await namesOf(queries, qs.map((q) => q.organisationId), qs.flatMap((q) => (q.submittedBy ? [q.submittedBy] : [])));
  const questionnaires = qs
    .map((q) => ({
      id: q.id, organisationId: q.organisationId, organisationName: names.organisation(q.organisationId), organisationKind: q.organisationKind,
      status: q.status, submittedAt: iso(q.submittedAt), submittedByName: names.user(q.submittedBy),
    }))
    .sort((a, b) => a.organisationName.localeCompare(b.organisationName, 'fr'));
  return {
    id: c.id, year: c.year, status: c.status, openedAt: iso(c.openedAt)!, closedAt: iso(c.closedAt), version: c.version, questionnaires,
    answered: qs.filter((q) => q.status === 'submitted').length, total: qs.length,
  };
}
