/** A webhook as the API shows it. The secret is never shown again after creation. */
export interface WebhookView {
  id: string;
  organisationId: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  version: number;
  createdAt: string;
}

export const WEBHOOK_COLUMNS = `w.id, w.organisation_id AS "organisationId", w.url, w.event_types AS "eventTypes", w.active, w.version, w.created_at AS "createdAt"`;
