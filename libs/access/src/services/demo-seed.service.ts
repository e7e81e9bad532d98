import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@hoso/workflows';
import { lockFirstUsers } from '../first-users-lock';
import { passwordProblems } from '../password-policy';
import { OrgDirectoryService } from './org-directory.service';

export interface DemoCredential {
  username: string;
  password: string;
  displayName: string;
  roles: string;
}

const DEMO_USERS: { username: string; displayName: string; unit: 'city' | 'benThanh' | 'saiGon'; roles: Role[] }[] = [
  { username: 'totocongtac', displayName: 'Nguyễn Văn An (Tổ công tác 1374)', unit: 'city', roles: [Role.TASK_FORCE_OFFICER] },
  { username: 'vanphong', displayName: 'Trần Thị Bình (Văn phòng Thành ủy)', unit: 'city', roles: [Role.COMMITTEE_OFFICE] },
  { username: 'thuongvu', displayName: 'Lê Văn Cường (Ủy viên Ban Thường vụ)', unit: 'city', roles: [Role.STANDING_COMMITTEE_MEMBER] },
  { username: 'bithu', displayName: 'Phạm Thị Dung (Phó Bí thư Thường trực)', unit: 'city', roles: [Role.SECRETARY] },
  { username: 'ubkt', displayName: 'Hoàng Văn Em (Ủy ban Kiểm tra)', unit: 'city', roles: [Role.INSPECTION_COMMISSION_MEMBER] },
  { username: 'quantri', displayName: 'Quản trị hệ thống', unit: 'city', roles: [Role.ADMIN] },
  { username: 'kiemtoan', displayName: 'Võ Thị Giang (Kiểm tra viên – chỉ xem)', unit: 'city', roles: [Role.AUDITOR] },
  { username: 'baomat', displayName: 'Ngô Thị Hà (Được xem danh tính người cung cấp thông tin)', unit: 'city', roles: [Role.IDENTITY_CUSTODIAN] },
  { username: 'benthanh', displayName: 'Đặng Văn Hải (Đảng ủy phường Bến Thành)', unit: 'benThanh', roles: [Role.SECRETARY, Role.TASK_FORCE_OFFICER] },
  { username: 'saigon', displayName: 'Bùi Thị Lan (Đảng ủy phường Sài Gòn)', unit: 'saiGon', roles: [Role.SECRETARY, Role.TASK_FORCE_OFFICER] },
];

/** A small organisation tree and one user per role, for a newcomer's first run. Only into an empty database. */
@Injectable()
export class DemoSeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: OrgDirectoryService,
  ) {}

  async seedIfEmpty(): Promise<DemoCredential[] | undefined> {
    // Under the first-users lock, in one transaction: two API processes starting together seed once, and a
    // database where `admin:create` has made its administrator is left alone.
    return this.dataSource.transaction(async (m) => {
      await lockFirstUsers(m);
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM app_user`);
      if (n > 0) return undefined;
      const city = await this.directory.createUnit({ code: 'TU-HCM', name: 'Thành ủy Thành phố Hồ Chí Minh', level: 'PROVINCIAL' }, m);
      const benThanh = await this.directory.createUnit({ code: 'DU-BEN-THANH', name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS', parentId: city.id }, m);
      const saiGon = await this.directory.createUnit({ code: 'DU-SAI-GON', name: 'Đảng ủy phường Sài Gòn', level: 'GRASSROOTS', parentId: city.id }, m);
      await this.directory.createUnit({ code: 'CB-KP1-BEN-THANH', name: 'Chi bộ Khu phố 1', level: 'CELL', parentId: benThanh.id }, m);
      const units = { city, benThanh, saiGon };
      const out: DemoCredential[] = [];
      for (const u of DEMO_USERS) {
        const password = demoPassword(u.username);
        const { id } = await this.directory.createUser({ username: u.username, displayName: u.displayName, password }, m);
        for (const role of u.roles) await this.directory.assignRole(id, units[u.unit].id, role, m);
        out.push({ username: u.username, password, displayName: u.displayName, roles: u.roles.join(', ') });
      }
      return out;
    });
  }
}

/**
 * The demo seed as `npm start` and `start:api` with SEED_DEMO=true run it: into an empty database only, printing
 * the logins once (the passwords are stored only as argon2 hashes, so this is the one chance to read them).
 */
export async function seedDemoAndPrint(
  seed: Pick<DemoSeedService, 'seedIfEmpty'>,
  out: Pick<Console, 'log' | 'table'> = console,
): Promise<DemoCredential[] | undefined> {
  const credentials = await seed.seedIfEmpty();
  if (credentials) {
    out.log('\nTài khoản demo (chỉ hiển thị một lần / demo accounts, shown once):');
    out.table(credentials);
  }
  return credentials;
}

/** 16 random URL-safe characters, drawn again until they meet the password policy (nearly always the first time). */
function demoPassword(username: string): string {
  for (;;) {
    const candidate = randomBytes(12).toString('base64url');
    if (passwordProblems(candidate, username).length === 0) return candidate;
  }
}
