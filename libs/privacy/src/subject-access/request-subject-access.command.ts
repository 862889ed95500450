import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { SubjectAccessExportView } from './subject-access.view';

/**
 * Asks for everything mnio holds about the person of a case (GDPR art. 15), by the case's id (from the case page) or
 * its reference (the DPO's page: the DPO never opens a case). `reason` is kept encrypted with the request. The export
 * is made in the worker; the request answers at once with its state « en préparation ».
 */
export class RequestSubjectAccessCommand extends Command<SubjectAccessExportView> {
  constructor(
    readonly actor: Actor,
    readonly target: { caseId: string } | { reference: string },
    readonly reason: string,
  ) {
    super();
  }
}
