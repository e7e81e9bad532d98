// The schema's single list of entities and migrations, used by the app, the tests and the TypeORM CLI.
import { OrgUnitEntity } from '@hoso/access/entities/org-unit.entity';
import { RoleAssignmentEntity } from '@hoso/access/entities/role-assignment.entity';
import { UserEntity } from '@hoso/access/entities/user.entity';
import { CaseEventEntity } from '@hoso/cases/entities/case-event.entity';
import { CaseEntity } from '@hoso/cases/entities/case.entity';
import { DeadlineEntity } from '@hoso/cases/entities/deadline.entity';
import { IdempotencyKeyEntity } from '@hoso/cases/entities/idempotency-key.entity';
import { OutboxMessageEntity } from '@hoso/cases/entities/outbox-message.entity';
import { DeadlineDeliveryEntity } from '@hoso/deadlines/entities/deadline-delivery.entity';
import { NotificationEntity } from '@hoso/deadlines/entities/notification.entity';
import { NotificationDeliveryEntity } from '@hoso/deadlines/entities/notification-delivery.entity';
import { AuditLogEntity } from '@hoso/deadlines/entities/audit-log.entity';
import { CalendarEntryEntity } from '@hoso/deadlines/entities/calendar-entry.entity';
import { CalendarVersionEntity } from '@hoso/deadlines/entities/calendar-version.entity';
import { LegalRuleEntity } from '@hoso/deadlines/entities/legal-rule.entity';
import type { SchemaParts } from '@hoso/core/database';
import { Init1795243844745 } from './1795243844745-Init';
import { CaseEventAppendOnly1795243900000 } from './1795243900000-CaseEventAppendOnly';
import { LegalTime1795246618353 } from './1795246618353-LegalTime';
import { LegalTimeData1795246700000 } from './1795246700000-LegalTimeData';
import { DeadlineUnarmedIndex1795250974727 } from './1795250974727-DeadlineUnarmedIndex';
import { DeadlinePauseExtend1795247077006 } from './1795247077006-DeadlinePauseExtend';
import { DeadlineReminders1795246768569 } from './1795246768569-DeadlineReminders';
import { NotificationChannels1795247756236 } from './1795247756236-NotificationChannels';

export const ENTITIES = [
  OrgUnitEntity, UserEntity, RoleAssignmentEntity, CaseEntity, CaseEventEntity, OutboxMessageEntity, IdempotencyKeyEntity, DeadlineEntity,
  LegalRuleEntity, CalendarVersionEntity, CalendarEntryEntity, AuditLogEntity, DeadlineDeliveryEntity,
  NotificationEntity, NotificationDeliveryEntity,
];

export const MIGRATIONS: SchemaParts['migrations'] = [
  Init1795243844745, CaseEventAppendOnly1795243900000, LegalTime1795246618353, LegalTimeData1795246700000,
  DeadlineReminders1795246768569, DeadlinePauseExtend1795247077006, NotificationChannels1795247756236,
  DeadlineUnarmedIndex1795250974727,
];

export const SCHEMA: SchemaParts = { entities: ENTITIES, migrations: MIGRATIONS };
