// `npm run rules:apply -- <change-set.json> [--dry-run] --reason "<lý do>" [--actor <tên đăng nhập>]`: applies a
// documented change of the law as data (docs/domain/changes/, e.g. 2026-instruments.json) to DATABASE_URL — its
// instruments registered and its general rule versions written through the same service as POST /rules/versions,
// all in one transaction, audited with the reason (and the actor, when named). `--dry-run` writes nothing and prints
// what the real run would change: the rows superseded, the open deadlines re-planned, the open cases concerned.
// Exit codes: 0 done (or dry run); 1 bad input or refused (nothing applied).
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { createDataSource, DatabaseModule } from '@hoso/core/database';
import { RuleChangesModule } from '@hoso/deadlines/rule-changes.module';
import { parseChangeSet, RuleChangeSetService, type ChangeSetReport } from '@hoso/deadlines/services/rule-change-set.service';
import { SCHEMA } from '../../../migrations/schema';
import { runCli, UsageError } from './cli-exit';

const USAGE = `Cách dùng:
  npm run rules:apply -- <tệp thay đổi .json> [--dry-run] --reason "<lý do, ít nhất 10 ký tự>" [--actor <tên đăng nhập>]
  --dry-run  chỉ báo cáo những gì sẽ thay đổi, không ghi gì
Cần biến môi trường DATABASE_URL; lược đồ phải đã được cập nhật (khởi động API một lần, hoặc npm run migration:run).`;


interface Args {
  file: string;
  dryRun: boolean;
  reason: string;
  actor?: string;
}

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, reason: { type: 'string' }, actor: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    throw new UsageError(`Tham số không hợp lệ: ${(err as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) throw new UsageError('');
  if (positionals.length !== 1) throw new UsageError('Cần đúng một tệp thay đổi (.json).');
  const reason = values.reason?.trim() ?? '';
  if (reason.length < 10) throw new UsageError('Thiếu --reason (lý do, ít nhất 10 ký tự; ghi vào nhật ký).');
  return { file: positionals[0], dryRun: values['dry-run'] ?? false, reason, actor: values.actor };
}

@Module({})
class RulesToolModule {
  static with(dataSource: DataSource): DynamicModule {
    return { module: RulesToolModule, imports: [DatabaseModule.forDataSource(dataSource), RuleChangesModule] };
  }
}

function print(report: ChangeSetReport): void {
  console.log(`${report.dryRun ? '[CHẠY THỬ — không ghi gì]' : '[ĐÃ ÁP DỤNG]'} ${report.title}`);
  console.log(`Văn bản đăng ký: ${report.instruments.map((i) => `${i.code} (${i.confidence})`).join(', ') || 'không có'}`);
  for (const v of report.versions) {
    const r = v.rule;
    const value = r.value !== null ? `${r.value} ${r.unit}` : r.valueData !== null ? `${r.unit} ${JSON.stringify(r.valueData)}` : `${r.unit} (không có giá trị)`;
    console.log(
      `  ${r.key} từ ${r.effectiveFrom}: ${value} — ${r.confidence}, ${r.instrument}; thay thế ${v.superseded.length} dòng; ` +
        `thời hạn đang mở: ${v.deadlines.moved} tính lại / ${v.deadlines.examined} xem xét (${v.deadlines.notRecomputed} để cấp ủy quyết); ` +
        `vụ việc đang mở của quy trình dùng quy tắc: ${v.cases.total}`,
    );
  }
}

async function main(): Promise<number> {
  const args = readArgs(process.argv.slice(2));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(args.file, 'utf8'));
  } catch (err) {
    throw new UsageError(`Không đọc được tệp ${args.file}: ${(err as Error).message}`);
  }
  const set = await parseChangeSet(raw);
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('Cần biến môi trường DATABASE_URL.');
  const ds = createDataSource(url, SCHEMA, 2);
  await ds.initialize();
  const app = await NestFactory.createApplicationContext(RulesToolModule.with(ds), { logger: false });
  try {
    if (await ds.showMigrations()) throw new UsageError('Lược đồ cơ sở dữ liệu chưa được cập nhật: không áp dụng gì.');
    let actorId: string | null = null;
    if (args.actor) {
      const rows: { id: string }[] = await ds.query(`SELECT id FROM app_user WHERE username = lower($1)`, [args.actor]);
      if (!rows[0]) throw new UsageError(`Không có người dùng "${args.actor}".`);
      actorId = rows[0].id;
    }
    print(await app.get(RuleChangeSetService).apply(actorId, set, { dryRun: args.dryRun, reason: args.reason }));
    return 0;
  } finally {
    await app.close();
  }
}

runCli(main, { usage: USAGE, failurePrefix: 'Không áp dụng được', domainPrefix: 'Không áp dụng gì' });
