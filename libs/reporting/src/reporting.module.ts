import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@mnio/platform';
import './reporting.errors';
import { ExportReportHandler, GetReportHandler } from './queries/get-report.query';
import { ReportStore } from './queries/report-store';
import { ExportHtcdsRecordsHandler, HtcdsRecordStore } from './records/export-htcds-records.query';
import { reportingAbilities } from './reporting.abilities';
import { loadReportingConfig, REPORTING_CONFIG } from './reporting.config';

/** Statistics (the API's side): the annual survey and the EU / GRETA tables from the read model, with small-cell suppression. */
@Module({
  providers: [{ provide: REPORTING_CONFIG, useFactory: () => loadReportingConfig() }, ReportStore, GetReportHandler, ExportReportHandler,
    HtcdsRecordStore, ExportHtcdsRecordsHandler],
})
export class ReportingModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(reportingAbilities);
  }
}
