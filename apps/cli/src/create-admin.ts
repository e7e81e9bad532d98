// `npm run admin:create -- --username <u> --unit-name "<tên>" [--display-name "<họ tên>"] [--unit-code <MÃ>]
// [--unit-level <cấp>] [--force-additional]`: the first administrator of a real database (DATABASE_URL). Migrates
// first (advisory-locked, like the API and worker at start), then — only while the database has neither users nor
// units — creates the root unit and a user holding ADMIN on it, with an audit_log row. The password comes from a
// hidden prompt, or from stdin when it is not a terminal; never from the arguments.
// Exit codes: 0 created; 1 bad input (arguments, password policy, username taken) or failure; 2 refused because
// the database already has users (add one with --force-additional --unit-code <MÃ của đơn vị có sẵn>).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { FirstAdminService } from '@hoso/access/services/first-admin.service';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { PasswordService } from '@hoso/access/services/password.service';
import { passwordProblems } from '@hoso/access/password-policy';
import { UNIT_LEVELS, type UnitLevel } from '@hoso/access/entities/org-unit.entity';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { createDataSource, migrate } from '@hoso/core/database';
import { SCHEMA } from '../../../migrations/schema';
import { runCli, UsageError } from './cli-exit';
import { readNewPassword } from './read-password';

const USAGE = `Cách dùng:
  npm run admin:create -- --username <tên đăng nhập> --unit-name "<tên đơn vị gốc>" [--display-name "<họ tên>"]
                          [--unit-code <MÃ>] [--unit-level <${UNIT_LEVELS.join('|')}>] [--force-additional]
Mật khẩu: gõ khi được hỏi (không hiện trên màn hình), hoặc qua stdin:
  printf '%s\\n' "$MAT_KHAU" | npm run admin:create -- --username … --unit-name "…"
Cần biến môi trường DATABASE_URL.`;


interface Args {
  username: string;
  displayName: string;
  unitName?: string;
  unitCode: string;
  unitLevel: UnitLevel;
  additional: boolean;
}

function readArgs(argv: string[]): Args {
  // Refused by name rather than as an unknown option: say why, and that nothing was done with it.
  if (argv.some((a) => /^--(password|pass|pw|mat-khau)(=|$)/i.test(a))) {
    throw new UsageError('Không nhận mật khẩu trong tham số dòng lệnh (lộ trong lịch sử shell và danh sách tiến trình). Hãy gõ khi được hỏi hoặc truyền qua stdin.');
  }
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        username: { type: 'string' },
        'display-name': { type: 'string' },
        'unit-name': { type: 'string' },
        'unit-code': { type: 'string' },
        'unit-level': { type: 'string' },
        'force-additional': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new UsageError(`Tham số không hợp lệ: ${(err as Error).message}`);
  }
  if (values.help) throw new UsageError('');
  const additional = values['force-additional'] ?? false;
  if (!values.username) throw new UsageError('Thiếu --username.');
  if (!additional && !values['unit-name']) throw new UsageError('Thiếu --unit-name (tên đơn vị gốc).');
  if (additional && !values['unit-code']) throw new UsageError('--force-additional cần --unit-code của đơn vị có sẵn sẽ nhận quản trị viên mới.');
  const level = values['unit-level'] ?? 'PROVINCIAL';
  if (!(UNIT_LEVELS as readonly string[]).includes(level)) throw new UsageError(`--unit-level phải là một trong: ${UNIT_LEVELS.join(', ')}.`);
  return {
    username: values.username,
    displayName: values['display-name'] ?? 'Quản trị hệ thống',
    unitName: values['unit-name'],
    unitCode: values['unit-code'] ?? 'ROOT',
    unitLevel: level as UnitLevel,
    additional,
  };
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('Cần biến môi trường DATABASE_URL (cơ sở dữ liệu PostgreSQL sẽ dùng cho hệ thống).');
  const password = await readNewPassword();
  // Judged before connecting: a weak password changes nothing anywhere.
  const problems = passwordProblems(password, args.username);
  if (problems.length > 0) {
    console.error('Mật khẩu chưa đạt yêu cầu, chưa tạo gì:');
    for (const p of problems) console.error(`  - ${p.message}`);
    return 1;
  }
  const ds = createDataSource(url, SCHEMA, 2);
  await ds.initialize();
  try {
    const applied = await migrate(ds);
    if (applied.length > 0) console.log(`Đã cập nhật lược đồ cơ sở dữ liệu (${applied.length} migration).`);
    const service = new FirstAdminService(ds, new OrgDirectoryService(ds, new PasswordService()), new AuditLogService());
    const result = await service.create({ ...args, password });
    if (!('userId' in result)) {
      console.error(
        `Cơ sở dữ liệu đã có ${result.users} người dùng và ${result.units} đơn vị: không tạo quản trị viên đầu tiên. ` +
          'Để thêm một quản trị viên vào đơn vị có sẵn: --force-additional --unit-code <MÃ>.',
      );
      return 2;
    }
    console.log(
      result.unitCreated
        ? `Đã tạo đơn vị gốc ${result.unitCode} (${result.unitId}) và quản trị viên "${result.username}" với vai trò ADMIN.`
        : `Đã thêm quản trị viên "${result.username}" với vai trò ADMIN trên đơn vị ${result.unitCode}.`,
    );
    console.log('Đăng nhập: POST /auth/login {"username": …, "password": …}');
    return 0;
  } finally {
    await ds.destroy();
  }
}

runCli(main, { usage: USAGE, failurePrefix: 'Không tạo được quản trị viên' });
