// The organisation the load acts in, built the way an operator would: the first administrator with the admin CLI,
// then a ward and one person per role over HTTP (POST /org-units, /users, /users/:id/roles), each logged in.
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import type { HttpClient } from './http-client';
import { DIST, runCli } from './processes';

export type Who = 'taskForce' | 'office' | 'secretary' | 'standing' | 'ward';

export interface FaultOrg {
  cityId: string;
  wardId: string;
  tokens: Record<Who, string>;
  userIds: Record<Who, string>;
}

/** Who holds what: reminders go to the city's task force and office, escalations to its secretary and standing member. */
const PEOPLE: { who: Who; unit: 'city' | 'ward'; roles: string[] }[] = [
  { who: 'taskForce', unit: 'city', roles: ['TASK_FORCE_OFFICER'] },
  { who: 'office', unit: 'city', roles: ['COMMITTEE_OFFICE'] },
  { who: 'secretary', unit: 'city', roles: ['SECRETARY'] },
  { who: 'standing', unit: 'city', roles: ['STANDING_COMMITTEE_MEMBER'] },
  { who: 'ward', unit: 'ward', roles: ['SECRETARY', 'TASK_FORCE_OFFICER'] },
];

/** Meets the password policy (≥ 12 characters, four kinds) and differs every run. */
const password = () => `Su-co-${randomBytes(6).toString('hex')}-X9`;

// The API's JSON answers.
async function expectStatus(what: string, p: Promise<{ status: number; body: unknown }>, status: number): Promise<any> {
  const res = await p;
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

/** `startServers` is called once the first administrator exists (admin:create has migrated the empty database). */
export async function createOrg(http: HttpClient, pool: Pool, env: NodeJS.ProcessEnv, startServers: () => Promise<void>): Promise<FaultOrg> {
  const adminPassword = password();
  const admin = await runCli(
    DIST.createAdmin,
    ['--username', 'quantri', '--unit-name', 'Thành ủy (kiểm thử sự cố)', '--unit-code', 'TU-SUCO', '--display-name', 'Quản trị kiểm thử'],
    env,
    `${adminPassword}\n`,
  );
  if (admin.code !== 0) throw new Error(`admin:create exited ${admin.code}: ${admin.out}`);
  const [{ id: cityId }] = (await pool.query<{ id: string }>(`SELECT id FROM org_unit WHERE code = 'TU-SUCO'`)).rows;
  await startServers();
  const login = async (username: string, pw: string): Promise<string> =>
    (await expectStatus(`login ${username}`, http.call('POST', '/auth/login', { body: { username, password: pw } }), 200)).accessToken as string;
  const adminToken = await login('quantri', adminPassword);
  const ward = await expectStatus(
    'create ward',
    http.call('POST', '/org-units', { token: adminToken, body: { code: 'DU-PHUONG-SUCO', name: 'Đảng ủy phường (kiểm thử sự cố)', level: 'GRASSROOTS', parentId: cityId } }),
    201,
  );
  const tokens = {} as Record<Who, string>;
  const userIds = {} as Record<Who, string>;
  for (const p of PEOPLE) {
    const pw = password();
    const username = `suco.${p.who.toLowerCase()}`;
    const user = await expectStatus(
      `create ${username}`,
      http.call('POST', '/users', { token: adminToken, body: { username, displayName: `Người dùng ${p.who}`, password: pw } }),
      201,
    );
    for (const role of p.roles) {
      await expectStatus(
        `role ${role} for ${username}`,
        http.call('POST', `/users/${user.id}/roles`, { token: adminToken, body: { unitId: p.unit === 'city' ? cityId : ward.id, role } }),
        201,
      );
    }
    userIds[p.who] = user.id as string;
    tokens[p.who] = await login(username, pw);
  }
  return { cityId, wardId: ward.id as string, tokens, userIds };
}
