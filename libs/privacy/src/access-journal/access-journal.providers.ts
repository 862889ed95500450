import { BullModule } from '@nestjs/bullmq';
import { AccessJournalHandler } from './access-journal.query';
import { ExportAccessJournalHandler } from './export-access-journal.query';
import { IdentityReadAlertsProcessor, IdentityReadAlertsSchedule, PRIVACY_ALERTS_QUEUE } from './alerts/identity-read-alerts.processor';
import { IDENTITY_READ_ALERTS_CONFIG, loadIdentityReadAlertsConfig } from './alerts/identity-read-alerts.config';
import { IdentityReadAlertsScanner } from './alerts/identity-read-alerts.scanner';

/** The journal of who read what: the API's providers (PrivacyModule lists them). */
export const ACCESS_JOURNAL_PROVIDERS = [AccessJournalHandler, ExportAccessJournalHandler];

/** The worker's side: the alert job (PrivacyWorkerModule imports and lists them). */
export const ACCESS_JOURNAL_WORKER_IMPORTS = [BullModule.registerQueue({ name: PRIVACY_ALERTS_QUEUE })];
export const ACCESS_JOURNAL_WORKER_PROVIDERS = [
  { provide: IDENTITY_READ_ALERTS_CONFIG, useFactory: () => loadIdentityReadAlertsConfig() },
  IdentityReadAlertsScanner,
  IdentityReadAlertsProcessor,
  IdentityReadAlertsSchedule,
];
