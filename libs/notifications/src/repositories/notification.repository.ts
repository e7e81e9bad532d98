import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface NewNotification {
  userId: string;
  caseId: string | null;
  kind: string;
  title: string;
  body: string;
  /** Unique per user: the same notice is never written twice. */
  sourceKey: string;
}

/** A notification just written: what its channel deliveries are made from. */
export interface CreatedNotification {
  id: string;
  user_id: string;
}

/** A notification as its user sees it in the list. */
export interface NotificationListRow {
  id: string;
  caseId: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/** Which of a user's notifications a list counts and shows. */
export interface NotificationFilter {
  userId: string;
  unreadOnly: boolean;
}

/**
 * `notification`: the one place its SQL lives. Writes take the caller's EntityManager (they belong to the
 * caller's transaction); reads for the HTTP side go through the DataSource.
 */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts each notice unless its user already has its `sourceKey`; answers the rows written. */
  async insertMany(m: EntityManager, notices: readonly NewNotification[]): Promise<CreatedNotification[]> {
    return m.query(
      `INSERT INTO notification (id, user_id, case_id, kind, title, body, source_key)
       SELECT gen_random_uuid(), n.user_id, n.case_id, n.kind, n.title, n.body, n.source_key
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS n(user_id, case_id, kind, title, body, source_key)
       ON CONFLICT ON CONSTRAINT uq_notification_source DO NOTHING
       RETURNING id, user_id`,
      [
        notices.map((n) => n.userId), notices.map((n) => n.caseId), notices.map((n) => n.kind), notices.map((n) => n.title),
        notices.map((n) => n.body), notices.map((n) => n.sourceKey),
      ],
    );
  }

  /**
   * Inserts one notice unless its user already has its `sourceKey` or is excluded from the case it is about;
   * answers the row written, if any (zero or one).
   */
  async insertUnlessExcluded(m: EntityManager, n: NewNotification): Promise<CreatedNotification[]> {
    return m.query(
      `INSERT INTO notification (id, user_id, case_id, kind, title, body, source_key)
       SELECT gen_random_uuid(), $1, $2, $3, $4, $5, $6
        WHERE $2::uuid IS NULL OR NOT case_excludes($2, $1)
       ON CONFLICT ON CONSTRAINT uq_notification_source DO NOTHING
       RETURNING id, user_id`,
      [n.userId, n.caseId, n.kind, n.title, n.body, n.sourceKey],
    );
  }

  /** How many notifications the filter matches, and how many of those are unread. */
  async countFor(filter: NotificationFilter): Promise<{ total: number; unread: number }> {
    const [counts] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE ${visibleTo(filter)}`,
      [filter.userId],
    );
    return counts;
  }

  /** One page of the notifications the filter matches, newest first. */
  async pageFor(filter: NotificationFilter, limit: number, offset: number): Promise<NotificationListRow[]> {
    return this.dataSource.query(
      `SELECT id, case_id AS "caseId", kind, title, body, created_at AS "createdAt", read_at AS "readAt"
         FROM notification WHERE ${visibleTo(filter)} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [filter.userId, limit, offset],
    );
  }

  /** Sets `read_at` once (a second call keeps the first time); undefined when the user has no such notification. */
  async markRead(userId: string, id: string): Promise<{ id: string; readAt: Date } | undefined> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected].
    const [rows] = (await this.dataSource.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id, read_at AS "readAt"`,
      [id, userId],
    )) as [{ id: string; readAt: Date }[], number];
    return rows[0];
  }

  async belongsTo(m: EntityManager, id: string, userId: string): Promise<boolean> {
    const own: unknown[] = await m.query(`SELECT 1 FROM notification WHERE id = $1 AND user_id = $2`, [id, userId]);
    return own.length > 0;
  }
}

// `$1` is the user. A notification about a case the user was since excluded from (subject, conflict) is no longer shown;
// the user's excluded cases are read once (`user_excluded_cases`, the rule of `case_excludes`) and anti-joined.
function visibleTo(filter: NotificationFilter): string {
  return `user_id = $1 AND (case_id IS NULL OR NOT EXISTS (SELECT 1 FROM user_excluded_cases($1::uuid) x WHERE x.case_id = notification.case_id))${
    filter.unreadOnly ? ' AND read_at IS NULL' : ''
  }`;
}
