import { Processor } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { isUuid, JobHandler, QueueProcessor } from '@mnio/platform';
import { SUBJECT_ACCESS_EXPORT_JOB, SUBJECT_ACCESS_PURGE_JOB, SUBJECT_ACCESS_QUEUE, SubjectAccessJobData } from './subject-access.constants';
import { SubjectAccessExporter } from './subject-access.exporter';

const exportIdOf = (job: Job<SubjectAccessJobData>): string => {
  if (!isUuid(job.data?.exportId)) throw new UnrecoverableError('malformed subject-access job');
  return job.data.exportId;
};

/** The subject-access queue: one job makes an export, one erases its files when its 24 hours are over. */
@Processor(SUBJECT_ACCESS_QUEUE, { concurrency: 2 })
export class SubjectAccessProcessor extends QueueProcessor {
  constructor(private readonly exporter: SubjectAccessExporter) {
    super();
  }

  protected readonly handlers: Record<string, JobHandler> = {
    [SUBJECT_ACCESS_EXPORT_JOB]: (job: Job<SubjectAccessJobData>) => this.exporter.export(exportIdOf(job)),
    [SUBJECT_ACCESS_PURGE_JOB]: (job: Job<SubjectAccessJobData>) => this.exporter.purge(exportIdOf(job)),
  };
}
