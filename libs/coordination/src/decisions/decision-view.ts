import type { FieldCipher } from '@mnio/platform';

export interface ActionView {
  id: string;
  ownerOrganisationId: string;
  title: string;
  dueOn: string;
  status: string;
  version: number;
}

export interface DecisionView {
  id: string;
  meetingId: string;
  caseId: string;
  reference: string;
  type: string;
  text: string;
  supersedesId: string | null;
  /** The later decision that replaced this one; null while it stands. */
  supersededById: string | null;
  decidedAt: string;
  decidedByOrganisationId: string;
  actions: ActionView[];
}

type Row = Omit<DecisionView, 'text' | 'actions' | 'decidedAt'> & { textEnc: string; decidedAt: Date; actions: (Omit<ActionView, 'title'> & { titleEnc: string })[] };

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export const decisionTextContext = (id: string) => `cell_decision:${id}/text`;
export const actionTitleContext = (id: string) => `cell_action:${id}/title`;

/** Decisions matching `where` (alias `d`), oldest first, with their actions; free text decrypted. */
export async function loadDecisions(em: Queryable, cipher: FieldCipher, where: string, params: unknown[]): Promise<DecisionView[]> {
  const rows = (await em.query(
    `SELECT d.id, d.meeting_id AS "meetingId", d.case_id AS "caseId", d.reference, d.type, d.text_enc AS "textEnc", d.supersedes_id AS "supersedesId",
            (SELECT s.id FROM cell_decisions s WHERE s.supersedes_id = d.id) AS "supersededById",
            d.decided_at AS "decidedAt", d.decided_by_organisation_id AS "decidedByOrganisationId",
            coalesce((SELECT json_agg(json_build_object('id', a.id, 'ownerOrganisationId', a.owner_organisation_id, 'titleEnc', a.title_enc,
                'dueOn', to_char(a.due_on, 'YYYY-MM-DD'), 'status', a.status, 'version', a.version) ORDER BY a.due_on, a.id)
              FROM cell_actions a WHERE a.decision_id = d.id), '[]') AS actions
     FROM cell_decisions d WHERE ${where} ORDER BY d.decided_at, d.id`,
    params,
  )) as Row[];
  return rows.map(({ textEnc, decidedAt, actions, ...d }) => ({
    ...d,
    text: cipher.decrypt(textEnc, decisionTextContext(d.id)),
    decidedAt: decidedAt.toISOString(),
    actions: actions.map(({ titleEnc, ...a }) => ({ ...a, title: titleEnc ? cipher.decrypt(titleEnc, actionTitleContext(a.id)) : '' })), // '' once the case was anonymised,
  }));
}
