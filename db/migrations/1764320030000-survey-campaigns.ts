import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual survey campaign (issue 13 §5), in the reporting context's own tables: one campaign per calendar year
 * (open → closed), one questionnaire per organisation that follows victims, its corrections (counts of persons met
 * outside mnio, with a reason code: never free text) and, once signed, the counts it was signed with and the cases
 * it counted (ids of the read model, never shown: they let the national totals count each person once).
 */
export class SurveyCampaigns1764320030000 implements MigrationInterface {
  name = 'SurveyCampaigns1764320030000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reporting_survey_campaigns (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      year integer NOT NULL UNIQUE CHECK (year BETWEEN 2000 AND 2100),
      status text NOT NULL CHECK (status IN ('open', 'closed')),
      opened_by uuid NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now(),
      closed_by uuid,
      closed_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE reporting_survey_questionnaires (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      campaign_id uuid NOT NULL REFERENCES reporting_survey_campaigns(id),
      organisation_id uuid NOT NULL,
      organisation_kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('draft', 'submitted')),
      corrections jsonb NOT NULL DEFAULT '[]',
      counts jsonb,
      submitted_by uuid,
      submitted_at timestamptz,
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (campaign_id, organisation_id)
    )`);
    await q.query(`CREATE INDEX reporting_survey_questionnaires_org_idx ON reporting_survey_questionnaires (organisation_id)`);
    await q.query(`CREATE TABLE reporting_survey_cases (
      questionnaire_id uuid NOT NULL REFERENCES reporting_survey_questionnaires(id),
      case_id uuid NOT NULL,
      accompanied boolean NOT NULL,
      PRIMARY KEY (questionnaire_id, case_id)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE reporting_survey_cases, reporting_survey_questionnaires, reporting_survey_campaigns`);
  }
}
