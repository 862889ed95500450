import type { ReportTable } from '../statistics/types';

/** The survey campaign's answers (libs/reporting, GET /api/survey-campaigns…, /api/survey-questionnaires…): counts and codes only. */
export interface CampaignSummary {
  id: string;
  year: number;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  answered: number;
  total: number;
}
export interface Campaign extends CampaignSummary {
  version: number;
  questionnaires: {
    id: string;
    organisationId: string;
    organisationName: string;
    organisationKind: string;
    status: 'draft' | 'submitted';
    submittedAt: string | null;
    submittedByName: string | null;
  }[];
}
export interface CampaignResults {
  year: number;
  status: 'open' | 'closed';
  threshold: number;
  publication: boolean;
  freshness: { lastEventAt: string | null };
  answered: number;
  total: number;
  once: ReportTable;
  tables: ReportTable[];
}
export interface Correction {
  dim: string;
  code: string;
  col: string;
  count: number;
  reason: string;
}
export interface MyQuestionnaire {
  id: string;
  year: number;
  campaignStatus: 'open' | 'closed';
  organisationId: string;
  organisationName: string;
  status: 'draft' | 'submitted';
  submittedAt: string | null;
}
export interface Questionnaire {
  id: string;
  year: number;
  campaignStatus: 'open' | 'closed';
  organisationName: string;
  status: 'draft' | 'submitted';
  version: number;
  tables: ReportTable[];
  corrections: Correction[];
  submittedAt: string | null;
  submittedByName: string | null;
  freshness: { lastEventAt: string | null };
}
