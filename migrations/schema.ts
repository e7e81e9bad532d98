// The schema's single list of entities and migrations, used by the app, the tests and the TypeORM CLI.
import { LoginAttemptEntity } from '@hoso/access/entities/login-attempt.entity';
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { OrgUnitPeriodEntity } from '@hoso/access/entities/org-unit-period.entity';
import { OrgChangeEntity } from '@hoso/organisations/entities/org-change.entity';
import { OrgLineageEntity } from '@hoso/organisations/entities/org-lineage.entity';
import { PersonTransferEntity } from '@hoso/people/entities/person-transfer.entity';
import { RefreshTokenEntity } from '@hoso/access/entities/refresh-token.entity';
import { RoleAssignmentEntity } from '@hoso/access/entities/role-assignment.entity';
import { UserEntity } from '@hoso/access/entities/user.entity';
import { AccessLogEntity } from '@hoso/timeline/entities/access-log.entity';
import { AuditSigningKeyEntity } from '@hoso/timeline/entities/audit-signing-key.entity';
import { ChainCheckpointEntity } from '@hoso/timeline/entities/chain-checkpoint.entity';
import { ChainCheckpointHeadEntity } from '@hoso/timeline/entities/chain-checkpoint-head.entity';
import { CaseEventEntity } from '@hoso/timeline/entities/case-event.entity';
import { CaseEntity } from '@hoso/cases/entities/case.entity';
import { CaseLinkEntity } from '@hoso/cases/entities/case-link.entity';
import { CaseUnitTransferEntity } from '@hoso/cases/entities/case-unit-transfer.entity';
import { DisciplineAuthorityEntity } from '@hoso/discipline/entities/discipline-authority.entity';
import { CaseAttachmentEntity } from '@hoso/cases/entities/case-attachment.entity';
import { CasePersonEntity } from '@hoso/cases/entities/case-person.entity';
import { PersonMembershipEntity } from '@hoso/people/entities/person-membership.entity';
import { PersonEntity } from '@hoso/people/entities/person.entity';
import { CaseParticipantEntity } from '@hoso/cases/entities/case-participant.entity';
import { CaseReporterEntity } from '@hoso/cases/entities/case-reporter.entity';
import { DeadlineEntity } from '@hoso/deadlines/entities/deadline.entity';
import { IdempotencyKeyEntity } from '@hoso/cases/entities/idempotency-key.entity';
import { OutboxMessageEntity } from '@hoso/cases/entities/outbox-message.entity';
import { DeadlineDeliveryEntity } from '@hoso/deadlines/entities/deadline-delivery.entity';
import { DeadlineFiringEntity } from '@hoso/deadlines/entities/deadline-firing.entity';
import { DeadlineMissedEventEntity } from '@hoso/deadlines/entities/deadline-missed-event.entity';
import { NotificationEntity } from '@hoso/notifications/entities/notification.entity';
import { NotificationDeliveryEntity } from '@hoso/notifications/entities/notification-delivery.entity';
import { AuditLogEntity } from '@hoso/core/audit-log/audit-log.entity';
import { CalendarEntryEntity } from '@hoso/deadlines/entities/calendar-entry.entity';
import { CalendarVersionEntity } from '@hoso/deadlines/entities/calendar-version.entity';
import { CalendarYearEntity } from '@hoso/deadlines/entities/calendar-year.entity';
import { LegalRuleEntity } from '@hoso/deadlines/entities/legal-rule.entity';
import { LegalInstrumentEntity } from '@hoso/deadlines/entities/legal-instrument.entity';
import { ReportTargetEntity } from '@hoso/reports/entities/report-target.entity';
import { DocumentTemplateEntity } from '@hoso/documents/entities/document-template.entity';
import type { SchemaParts } from '@hoso/core/database';
import { Init1795243844745 } from './1795243844745-Init';
import { CaseEventAppendOnly1795243900000 } from './1795243900000-CaseEventAppendOnly';
import { LegalTime1795246618353 } from './1795246618353-LegalTime';
import { LegalTimeData1795246700000 } from './1795246700000-LegalTimeData';
import { DeadlineUnarmedIndex1795250974727 } from './1795250974727-DeadlineUnarmedIndex';
import { DeadlinePauseExtend1795247077006 } from './1795247077006-DeadlinePauseExtend';
import { DeadlineReminders1795246768569 } from './1795246768569-DeadlineReminders';
import { NotificationChannels1795247756236 } from './1795247756236-NotificationChannels';
import { AuthSessions1795300000000 } from './1795300000000-AuthSessions';
import { AccessLog1795300100000 } from './1795300100000-AccessLog';
import { ProtectedReporters1795300200000 } from './1795300200000-ProtectedReporters';
import { ChainCheckpoints1795300300000 } from './1795300300000-ChainCheckpoints';
import { LinkedCases1795300400000 } from './1795300400000-LinkedCases';
import { PeopleAndDossiers1795300500000 } from './1795300500000-PeopleAndDossiers';
import { DeadlineBuckets1795300600000 } from './1795300600000-DeadlineBuckets';
import { RetentionSettings1795300700000 } from './1795300700000-RetentionSettings';
import { DeadlineTerms1795300800000 } from './1795300800000-DeadlineTerms';
import { DeliveryRetries1795300900000 } from './1795300900000-DeliveryRetries';
import { DeliveryPerDue1795301000000 } from './1795301000000-DeliveryPerDue';
import { ExcludedUsersSet1795301100000 } from './1795301100000-ExcludedUsersSet';
import { CheckpointDeltas1795301200000 } from './1795301200000-CheckpointDeltas';
import { DeliveryByDeadline1795301300000 } from './1795301300000-DeliveryByDeadline';
import { AttachmentRetention1795301400000 } from './1795301400000-AttachmentRetention';
import { DossierRetentionSettings1795301500000 } from './1795301500000-DossierRetentionSettings';
import { CaseSearch1795301640000 } from './1795301640000-CaseSearch';
import { OutboxManualItems1795301611000 } from './1795301611000-OutboxManualItems';
import { DocumentStorageKey1795301700000 } from './1795301700000-DocumentStorageKey';
import { DatedRules1795301800000 } from './1795301800000-DatedRules';
import { OfficialCalendars1795301850000 } from './1795301850000-OfficialCalendars';
import { RuleOverrideRoles1795301900000 } from './1795301900000-RuleOverrideRoles';
import { ComplaintDenunciation1374Rules1795302200000 } from './1795302200000-ComplaintDenunciation1374Rules';
import { AdmissionRules1795302100000 } from './1795302100000-AdmissionRules';
import { DisciplineRules1795302000000 } from './1795302000000-DisciplineRules';
import { EarlierDisciplineRules1795302300000 } from './1795302300000-EarlierDisciplineRules';
import { CaseUnitTransfers1795302400000 } from './1795302400000-CaseUnitTransfers';
import { OrganisationHistory1795302500000 } from './1795302500000-OrganisationHistory';
import { OrganisationProcedureRules1795302600000 } from './1795302600000-OrganisationProcedureRules';
import { ExcludedCasesOfUser1795302700000 } from './1795302700000-ExcludedCasesOfUser';
import { CaseListOrder1795302800000 } from './1795302800000-CaseListOrder';
import { InboxFromDeadlines1795302900000 } from './1795302900000-InboxFromDeadlines';
import { CaseListCovering1795303500000 } from './1795303500000-CaseListCovering';
import { CaseStatisticsRollup1795303600000 } from './1795303600000-CaseStatisticsRollup';
import { InboxOpenCases1795303700000 } from './1795303700000-InboxOpenCases';
import { SessionGeneration1795303800000 } from './1795303800000-SessionGeneration';
import { CaseOfferedEvents1795303900000 } from './1795303900000-CaseOfferedEvents';
import { CaseUnitCovering1795304000000 } from './1795304000000-CaseUnitCovering';
import { ReportTargets1795303100000 } from './1795303100000-ReportTargets';
import { DocumentTemplates1795303000000 } from './1795303000000-DocumentTemplates';
import { CommitteeFillingRules1795303200000 } from './1795303200000-CommitteeFillingRules';
import { InspectionPlanRules1795303300000 } from './1795303300000-InspectionPlanRules';
import { PoliticalStandardRules1795303400000 } from './1795303400000-PoliticalStandardRules';

export const ENTITIES = [
  OrgUnitEntity, UserEntity, RoleAssignmentEntity, CaseEntity, CaseEventEntity, OutboxMessageEntity, IdempotencyKeyEntity, DeadlineEntity,
  LegalRuleEntity, LegalInstrumentEntity, CalendarVersionEntity, CalendarEntryEntity, CalendarYearEntity, AuditLogEntity, DeadlineDeliveryEntity,
  NotificationEntity, NotificationDeliveryEntity, AccessLogEntity, AuditSigningKeyEntity, ChainCheckpointEntity, ChainCheckpointHeadEntity,
  CaseReporterEntity, CaseParticipantEntity, RefreshTokenEntity, LoginAttemptEntity,
  CaseLinkEntity, DisciplineAuthorityEntity, PersonEntity, PersonMembershipEntity, CasePersonEntity, CaseAttachmentEntity,
  DeadlineFiringEntity, DeadlineMissedEventEntity, CaseUnitTransferEntity,
  OrgUnitPeriodEntity, OrgChangeEntity, OrgLineageEntity, PersonTransferEntity,
  DocumentTemplateEntity,
  ReportTargetEntity,
];

export const MIGRATIONS: SchemaParts['migrations'] = [
  Init1795243844745, CaseEventAppendOnly1795243900000, LegalTime1795246618353, LegalTimeData1795246700000,
  DeadlineReminders1795246768569, DeadlinePauseExtend1795247077006, NotificationChannels1795247756236,
  DeadlineUnarmedIndex1795250974727, AuthSessions1795300000000, AccessLog1795300100000, ProtectedReporters1795300200000,
  ChainCheckpoints1795300300000, LinkedCases1795300400000,
  PeopleAndDossiers1795300500000, DeadlineBuckets1795300600000, RetentionSettings1795300700000,
  DeadlineTerms1795300800000, DeliveryRetries1795300900000, DeliveryPerDue1795301000000, ExcludedUsersSet1795301100000,
  CheckpointDeltas1795301200000, DeliveryByDeadline1795301300000, AttachmentRetention1795301400000,
  DossierRetentionSettings1795301500000, OutboxManualItems1795301611000, CaseSearch1795301640000,
  DocumentStorageKey1795301700000,
  DatedRules1795301800000, OfficialCalendars1795301850000,
  RuleOverrideRoles1795301900000,
  DisciplineRules1795302000000,
  AdmissionRules1795302100000,
  ComplaintDenunciation1374Rules1795302200000,
  EarlierDisciplineRules1795302300000,
  CaseUnitTransfers1795302400000,
  OrganisationHistory1795302500000,
  OrganisationProcedureRules1795302600000,
  ExcludedCasesOfUser1795302700000,
  CaseListOrder1795302800000,
  InboxFromDeadlines1795302900000,
  DocumentTemplates1795303000000,
  ReportTargets1795303100000,
  CommitteeFillingRules1795303200000,
  InspectionPlanRules1795303300000,
  PoliticalStandardRules1795303400000,
  CaseListCovering1795303500000,
  CaseStatisticsRollup1795303600000,
  InboxOpenCases1795303700000,
  SessionGeneration1795303800000,
  CaseOfferedEvents1795303900000,
  CaseUnitCovering1795304000000,
];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS };
