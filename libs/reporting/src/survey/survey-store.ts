import { Injectable } from '@nestjs/common';
import { Db } from '@mnio/platform';
import type { DimCount } from '../domain/tables';
import type { CampaignStatus, Correction, QuestionnaireStatus } from './domain/campaign';

export interface CampaignRow {
  id: string;
  year: number;
  status: CampaignStatus;
  openedBy: string;
  openedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  version: number;
}

export interface QuestionnaireRow {
  id: string;
  campaignId: string;
  year: number;
  campaignStatus: CampaignStatus;
  organisationId: string;
  organisationKind: string;
  status: QuestionnaireStatus;
  corrections: Correction[];
  counts: DimCount[] | null;
  submittedBy: string | null;
  submittedAt: string | null;
  version: number;
  updatedAt: string;
}

const CAMPAIGN = `c.id, c.year, c.status, c.opened_by AS "openedBy", c.opened_at AS "openedAt", c.closed_by AS "closedBy", c.closed_at AS "closedAt", c.version`;
const QUESTIONNAIRE = `q.id, q.campaign_id AS "campaignId", c.year, c.status AS "campaignStatus", q.organisation_id AS "organisationId",
  q.organisation_kind AS "organisationKind", q.status, q.corrections, q.counts, q.submitted_by AS "submittedBy", q.submitted_at AS "submittedAt",
  q.version, q.updated_at AS "updatedAt"`;

/** Accompanied, as the survey counts it (reports' `ACCOMPANIED`). */
const ACCOMPANIED = `c.owner_kind IN ('association', 'host', 'minors_centre') AND c.identification_status <> 'not_retained'`;

/** The survey campaigns' tables (the reporting context's own) and the cases an organisation's questionnaire counts. */
@Injectable()
export class SurveyStore {
  constructor(private readonly db: Db) {}

  private get em() {
    return this.db.em;
  }

  /** Creates the year's campaign, or null when it exists already. */
  async insertCampaign(year: number, userId: string): Promise<CampaignRow | null> {
    const [row]: CampaignRow[] = await this.em.query(
      `INSERT INTO reporting_survey_campaigns AS c (year, status, opened_by) VALUES ($1, 'open', $2) ON CONFLICT (year) DO NOTHING RETURNING ${CAMPAIGN}`,
      [year, userId],
    );
    return row ?? null;
  }

  async insertQuestionnaires(campaignId: string, organisations: { id: string; kind: string }[]): Promise<{ id: string; organisationId: string }[]> {
    if (!organisations.length) return [];
    return this.em.query(
      `INSERT INTO reporting_survey_questionnaires (campaign_id, organisation_id, organisation_kind, status)
       SELECT $1, o.id, o.kind, 'draft' FROM unnest($2::uuid[], $3::text[]) AS o(id, kind)
       RETURNING id, organisation_id AS "organisationId"`,
      [campaignId, organisations.map((o) => o.id), organisations.map((o) => o.kind)],
    );
  }

  async campaigns(): Promise<(CampaignRow & { questionnaires: number; submitted: number })[]> {
    return this.em.query(
      `SELECT ${CAMPAIGN}, (SELECT count(*)::int FROM reporting_survey_questionnaires q WHERE q.campaign_id = c.id) AS questionnaires,
              (SELECT count(*)::int FROM reporting_survey_questionnaires q WHERE q.campaign_id = c.id AND q.status = 'submitted') AS submitted
       FROM reporting_survey_campaigns c ORDER BY c.year DESC`,
    );
  }

  async campaign(year: number, lock = false): Promise<CampaignRow | null> {
    const [row]: CampaignRow[] = await this.em.query(`SELECT ${CAMPAIGN} FROM reporting_survey_campaigns c WHERE c.year = $1 ${lock ? 'FOR UPDATE' : ''}`, [year]);
    return row ?? null;
  }

  async questionnairesOf(campaignId: string): Promise<QuestionnaireRow[]> {
    return this.em.query(
      `SELECT ${QUESTIONNAIRE} FROM reporting_survey_questionnaires q JOIN reporting_survey_campaigns c ON c.id = q.campaign_id
       WHERE q.campaign_id = $1 ORDER BY q.submitted_at NULLS LAST, q.organisation_id`,
      [campaignId],
    );
  }

  /** A questionnaire by id; `lock` for a write (the row, then its campaign, in this order). */
  async questionnaire(id: string, lock = false): Promise<QuestionnaireRow | null> {
    const [row]: QuestionnaireRow[] = await this.em.query(
      `SELECT ${QUESTIONNAIRE} FROM reporting_survey_questionnaires q JOIN reporting_survey_campaigns c ON c.id = q.campaign_id
       WHERE q.id = $1 ${lock ? 'FOR UPDATE OF q, c' : ''}`,
      [id],
    );
    return row ?? null;
  }

  /** The questionnaires of these organisations, newest campaign first. */
  async questionnairesFor(organisationIds: string[]): Promise<QuestionnaireRow[]> {
    if (!organisationIds.length) return [];
    return this.em.query(
      `SELECT ${QUESTIONNAIRE} FROM reporting_survey_questionnaires q JOIN reporting_survey_campaigns c ON c.id = q.campaign_id
       WHERE q.organisation_id = ANY($1::uuid[]) ORDER BY c.year DESC, q.organisation_id`,
      [organisationIds],
    );
  }

  /** The cases the organisation's questionnaire counts: owned, followed during the year. */
  async casesOf(organisationId: string, year: number): Promise<{ caseId: string; accompanied: boolean }[]> {
    return this.em.query(
      `SELECT c.case_id AS "caseId", (${ACCOMPANIED}) AS accompanied FROM reporting_cases c
       WHERE c.owner_organisation_id = $1 AND c.first_year <= $2 AND coalesce(c.last_year, 9999) >= $2 ORDER BY c.case_id`,
      [organisationId, year],
    );
  }

  async saveSubmittedCases(questionnaireId: string, cases: { caseId: string; accompanied: boolean }[]): Promise<void> {
    await this.em.query(
      `INSERT INTO reporting_survey_cases (questionnaire_id, case_id, accompanied)
       SELECT $1, x.case_id, x.accompanied FROM unnest($2::uuid[], $3::boolean[]) AS x(case_id, accompanied) ON CONFLICT DO NOTHING`,
      [questionnaireId, cases.map((c) => c.caseId), cases.map((c) => c.accompanied)],
    );
  }

  /** The cases the submitted questionnaires of a campaign counted, with their organisation. */
  async submittedCases(campaignId: string): Promise<{ caseId: string; organisationId: string; accompanied: boolean }[]> {
    return this.em.query(
      `SELECT s.case_id AS "caseId", q.organisation_id AS "organisationId", s.accompanied
       FROM reporting_survey_cases s JOIN reporting_survey_questionnaires q ON q.id = s.questionnaire_id
       WHERE q.campaign_id = $1 AND q.status = 'submitted' ORDER BY s.case_id, q.organisation_id`,
      [campaignId],
    );
  }
}
