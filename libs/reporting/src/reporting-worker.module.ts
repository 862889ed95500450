import { Module } from '@nestjs/common';
import { CasesModule } from '@mnio/cases';
import { ReportingProjection } from './projection/reporting-projection.service';
import { ReportingSubscriptions } from './projection/reporting-subscriptions';

/** The worker's side of reporting: the projection of outbox events into the statistics read model. */
@Module({
  imports: [CasesModule],
  providers: [ReportingProjection, ReportingSubscriptions],
  exports: [ReportingProjection],
})
export class ReportingWorkerModule {}
