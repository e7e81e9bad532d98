import type { EntityManager } from 'typeorm';

// One writer of the first users at a time: `admin:create` and the demo seed (several API processes may start
// together with SEED_DEMO) each check "no users yet" and create them under this lock, in one transaction.
const FIRST_USERS_LOCK = 745_1375;

/** Held until the caller's transaction ends. */
export async function lockFirstUsers(m: EntityManager): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock($1)', [FIRST_USERS_LOCK]);
}
