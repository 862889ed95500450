import { registerErrorCodes } from '@mnio/platform';

/** The worker's queue for subject-access exports (its own: no other privacy job shares its processor). */
export const SUBJECT_ACCESS_QUEUE = 'subject-access';
/** Makes the export (PDF and JSON) of one request. */
export const SUBJECT_ACCESS_EXPORT_JOB = 'subject-access-export';
/** Erases an export's files once its 24 hours are over. */
export const SUBJECT_ACCESS_PURGE_JOB = 'subject-access-purge';
/** A job's whole payload: the request's id, never anything about the person. */
export interface SubjectAccessJobData {
  exportId: string;
}
/** How long a ready export may be downloaded. */
export const SUBJECT_ACCESS_TTL_MS = 24 * 3600 * 1000;
export const SUBJECT_ACCESS_FORMATS = ['pdf', 'json'] as const;
export type SubjectAccessFormat = (typeof SUBJECT_ACCESS_FORMATS)[number];

export const SubjectAccessErrors = {
  SUBJECT_ACCESS_NOT_READY: 409,
  SUBJECT_ACCESS_FAILED: 409,
  SUBJECT_ACCESS_ALREADY_DOWNLOADED: 410,
  SUBJECT_ACCESS_EXPIRED: 410,
  SUBJECT_ACCESS_NOT_REQUESTER: 403,
  SUBJECT_ACCESS_QUEUE_UNAVAILABLE: 503,
} as const;
registerErrorCodes(SubjectAccessErrors);
