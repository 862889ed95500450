import type { NotificationContent } from '../domain/notification-event';
import { notificationTitle } from '../domain/templates';

/** One inbox item as the API returns it: a French title, the content's ids and codes, a path to follow. */
export interface NotificationView {
  id: string;
  eventType: string;
  title: string;
  read: boolean;
  createdAt: string;
  readAt: string | null;
  caseId?: string;
  reference?: string;
  territory?: string;
  orientationId?: string;
  linkId?: string;
  deadlineId?: string;
  dueAt?: string;
  threshold?: string;
  link: string;
}

export interface NotificationRow {
  id: string;
  event_type: string;
  content: NotificationContent;
  created_at: Date;
  read_at: Date | null;
}

export function toView(r: NotificationRow): NotificationView {
  const c = r.content;
  const view: NotificationView = {
    id: r.id,
    eventType: r.event_type,
    title: notificationTitle(c),
    read: r.read_at !== null,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at ? r.read_at.toISOString() : null,
    caseId: c.caseId,
    reference: c.reference,
    territory: c.territory,
    orientationId: c.orientationId,
    linkId: c.linkId,
    deadlineId: c.deadlineId,
    dueAt: c.dueAt,
    threshold: c.threshold,
    link: c.path,
  };
  for (const k of Object.keys(view) as (keyof NotificationView)[]) if (view[k] === undefined) delete view[k];
  return view;
}
