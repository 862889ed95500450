import { Territories1764320000000 } from './1764320000000-territories';
import { DirectoryAuth1764320000100 } from './1764320000100-directory-auth';
import { AuditOutbox1764320000200 } from './1764320000200-audit-outbox';
import { Cases1764320001000 } from './1764320001000-cases';
import { Orientations1764320002000 } from './1764320002000-orientations';
import { Notifications1764320003000 } from './1764320003000-notifications';
import { Coordination1764320004000 } from './1764320004000-coordination';
import { CoordinationDashboard1764320004100 } from './1764320004100-coordination-dashboard';
import { DuplicateCheckQuota1764320009000 } from './1764320009000-duplicate-check-quota';
import { MinorClocks1764320012000 } from './1764320012000-minor-clocks';
import { CellActivity1764320013000 } from './1764320013000-cell-activity';
import { CaseAccessLog1764320014000 } from './1764320014000-case-access-log';
import { AuditKeyedSigned1764320015000 } from './1764320015000-audit-keyed-signed';
import { DirectoryHardening1764320016000 } from './1764320016000-directory-hardening';
import { Reporting1764320018000 } from './1764320018000-reporting';
import { ReportingActivity1764320020000 } from './1764320020000-reporting-activity';
import { SurveyCampaigns1764320030000 } from './1764320030000-survey-campaigns';
import { ReportingCounts1764320040000 } from './1764320040000-reporting-counts';
import { UnaccompaniedMinor1764320050000 } from './1764320050000-unaccompanied-minor';
import { MigrationsAppliedAt1764320070000 } from './1764320070000-migrations-applied-at';
import { IdentityReadsTimeIndex1764320071000 } from './1764320071000-identity-reads-time-index';
import { ProConnect1764320080000 } from './1764320080000-proconnect';
import { SessionIdleGrace1764320085000 } from './1764320085000-session-idle-grace';
import { CaseReferenceSequences1764320090000 } from './1764320090000-case-reference-sequences';
import { DpoRole1764320100000 } from './1764320100000-dpo-role';
import { Retention1764320120000 } from './1764320120000-retention';
import { CaseRectifications1764320130000 } from './1764320130000-case-rectifications';
import { SubjectAccessExports1764320131000 } from './1764320131000-subject-access-exports';
import { KeyRotation1764320140000 } from './1764320140000-key-rotation';
import { DecisionTextReencryption1764320140100 } from './1764320140100-decision-text-reencryption';
import { IdentityReadAlerts1764320150000 } from './1764320150000-identity-read-alerts';
import { AccessJournalIndex1764320151000 } from './1764320151000-access-journal-index';
import { AccessJournalIndexAttachments1764320310000 } from './1764320310000-access-journal-index-attachments';
import { ReportingCaseTerritory1764320160000 } from './1764320160000-reporting-case-territory';
import { ReportingCaseTerritoryIndex1764320161000 } from './1764320161000-reporting-case-territory-index';
import { OrientationSchedule1764320170000 } from './1764320170000-orientation-schedule';
import { CaseJournal1764320200000 } from './1764320200000-case-journal';
import { CaseAttachments1764320210000 } from './1764320210000-case-attachments';
import { CaseAssignmentsFirstContact1764320220000 } from './1764320220000-case-assignments-first-contact';
import { RetentionRowPurges1764320240000 } from './1764320240000-retention-row-purges';
import { RetentionRowPurgeIndexes1764320241000 } from './1764320241000-retention-row-purge-indexes';
import { CellDashboardCountsIndexes1764320260000 } from './1764320260000-cell-dashboard-counts-indexes';
import { OrganisationCaseCounts1764320300000 } from './1764320300000-organisation-case-counts';

/** Every migration, in order. Listed explicitly so the same list runs from TypeScript (tests) and from dist. */
export const MIGRATIONS = [
  Territories1764320000000,
  DirectoryAuth1764320000100,
  AuditOutbox1764320000200,
  Cases1764320001000,
  Orientations1764320002000,
  Notifications1764320003000,
  Coordination1764320004000,
  CoordinationDashboard1764320004100,
  DuplicateCheckQuota1764320009000,
  MinorClocks1764320012000,
  CellActivity1764320013000,
  CaseAccessLog1764320014000,
  AuditKeyedSigned1764320015000,
  DirectoryHardening1764320016000,
  Reporting1764320018000,
  ReportingActivity1764320020000,
  SurveyCampaigns1764320030000,
  ReportingCounts1764320040000,
  UnaccompaniedMinor1764320050000,
  MigrationsAppliedAt1764320070000,
  IdentityReadsTimeIndex1764320071000,
  ProConnect1764320080000,
  SessionIdleGrace1764320085000,
  CaseReferenceSequences1764320090000,
  DpoRole1764320100000,
  Retention1764320120000,
  CaseRectifications1764320130000,
  SubjectAccessExports1764320131000,
  KeyRotation1764320140000,
  DecisionTextReencryption1764320140100,
  IdentityReadAlerts1764320150000,
  AccessJournalIndex1764320151000,
  ReportingCaseTerritory1764320160000,
  ReportingCaseTerritoryIndex1764320161000,
  OrientationSchedule1764320170000,
  CaseJournal1764320200000,
  CaseAttachments1764320210000,
  CaseAssignmentsFirstContact1764320220000,
  RetentionRowPurges1764320240000,
  RetentionRowPurgeIndexes1764320241000,
  CellDashboardCountsIndexes1764320260000,
  OrganisationCaseCounts1764320300000,
  AccessJournalIndexAttachments1764320310000,
];
