import { DownloadSubjectAccessHandler } from './download-subject-access.command';
import { RequestSubjectAccessHandler } from './request-subject-access.handler';
import { SubjectAccessPolicy } from './subject-access.access';
import { SubjectAccessExporter } from './subject-access.exporter';
import { SubjectAccessProcessor } from './subject-access.processor';
import { GetSubjectAccessExportHandler, ListSubjectAccessExportsHandler } from './subject-access.queries';

export { SUBJECT_ACCESS_QUEUE } from './subject-access.constants';

/** The API's side of the right of access: the request, its states, the one-time download. */
export const SUBJECT_ACCESS_API_PROVIDERS = [SubjectAccessPolicy, RequestSubjectAccessHandler, ListSubjectAccessExportsHandler, GetSubjectAccessExportHandler, DownloadSubjectAccessHandler];
/** The worker's side: the export job and the purge at the end of the 24 hours. */
export const SUBJECT_ACCESS_WORKER_PROVIDERS = [SubjectAccessExporter, SubjectAccessProcessor];
