import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

@Injectable()
export class AuditLogService {
  async record(m: EntityManager, actorId: string | null, action: string, reason: string, details: unknown): Promise<void> {
    await m.query(`INSERT INTO audit_log (actor_id, action, reason, details) VALUES ($1, $2, $3, $4)`, [
      actorId,
      action,
      reason,
      JSON.stringify(details),
    ]);
  }
}
