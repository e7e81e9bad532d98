import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ACCESS_ACTION_LABELS, AccessAction } from './access-action';

export interface AccessEntry {
  caseId: string | null;
  userId: string;
  action: AccessAction;
  reason?: string;
  details?: Record<string, unknown>;
}

export interface AccessLogPage {
  items: { at: Date; userId: string; userName: string | null; action: string; actionLabel: string; reason: string | null }[];
  page: number;
  pageSize: number;
  total: number;
}

/** Writes and reads the access log. Writing runs on the caller's manager, so a reveal and its record commit together. */
@Injectable()
export class AccessLogService {
  async record(m: EntityManager, e: AccessEntry): Promise<void> {
    await m.query(`INSERT INTO access_log (case_id, user_id, action, reason, details) VALUES ($1, $2, $3, $4, $5)`, [
      e.caseId, e.userId, e.action, e.reason ?? null, e.details ? JSON.stringify(e.details) : null,
    ]);
  }

  /** A case's access log, oldest first, with the reader's display name. */
  async forCase(m: EntityManager, caseId: string, page: number, pageSize: number): Promise<AccessLogPage> {
    const [{ total }] = await m.query(`SELECT count(*)::int AS total FROM access_log WHERE case_id = $1`, [caseId]);
    const rows: { at: Date; userId: string; userName: string | null; action: AccessAction; reason: string | null }[] = await m.query(
      `SELECT a.at, a.user_id AS "userId", u.display_name AS "userName", a.action, a.reason
         FROM access_log a LEFT JOIN app_user u ON u.id = a.user_id
        WHERE a.case_id = $1 ORDER BY a.at, a.id LIMIT $2 OFFSET $3`,
      [caseId, pageSize, (page - 1) * pageSize],
    );
    return { items: rows.map((r) => ({ ...r, actionLabel: ACCESS_ACTION_LABELS[r.action] ?? r.action })), page, pageSize, total };
  }
}
