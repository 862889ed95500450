export * from './subject-access.constants';
export * from './subject-access.view';
export * from './request-subject-access.command';
export * from './subject-access.queries';
export * from './download-subject-access.command';
export type { SubjectAccessDocument, ExportSection } from './subject-access-document';
export { SubjectAccessExporter } from './subject-access.exporter';
export { CaseNotificationsQuery } from './case-notifications.port';
export type { CaseNotificationSent } from './case-notifications.port';
