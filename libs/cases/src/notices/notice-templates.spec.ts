import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VIETNAMESE } from '@hoso/workflows/shared/vietnamese';
import { NOTICE_TEMPLATES, noticeBody, noticeSourceKey, noticeTitle } from './notice-templates';
import { AUDIENCE_LABELS, manualAudiences, USER_AUDIENCES } from './notice-audiences';

const WORKFLOWS = join(__dirname, '../../../../workflows');

/** The template names the machines declare: `template: '…'` and the helpers taking one (`notifyParams('…'`, `notifyResult('…'`). */
function declaredTemplates(): Set<string> {
  const found = new Set<string>();
  for (const dir of readdirSync(WORKFLOWS, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(WORKFLOWS, dir.name))) {
      if (!f.endsWith('.machine.ts')) continue;
      const src = readFileSync(join(WORKFLOWS, dir.name, f), 'utf8');
      for (const m of src.matchAll(/(?:template:\s*|notify\w*\(\s*)'([a-z0-9-]+\.[a-z0-9-]+)'/g)) found.add(m[1]);
    }
  }
  return found;
}

describe('notice texts', () => {
  it('has Vietnamese text for every template a machine declares', () => {
    const declared = declaredTemplates();
    expect(declared.size).toBeGreaterThanOrEqual(15);
    expect([...declared].filter((t) => !NOTICE_TEMPLATES[t])).toEqual([]);
    for (const t of Object.values(NOTICE_TEMPLATES)) {
      expect(t.title).toMatch(VIETNAMESE);
      expect(t.body).toMatch(VIETNAMESE);
    }
  });

  it('titles the notice with the case, within the 300 characters of a title', () => {
    expect(noticeTitle('1374.assigned', 'Phản ánh cán bộ X')).toBe('Được giao giải quyết: Phản ánh cán bộ X');
    expect(noticeTitle('1374.assigned', 'x'.repeat(400))).toHaveLength(300);
    expect(noticeTitle('khong-co.mau', 'Vụ việc Y')).toBe('Thông báo về vụ việc: Vụ việc Y');
  });

  it('adds the summary a step carried to the body', () => {
    expect(noticeBody('1374.result', 'Đã xử lý kỷ luật khiển trách')).toMatch(/Đã có kết quả.*\nNội dung: Đã xử lý kỷ luật khiển trách$/);
    expect(noticeBody('1374.result')).not.toMatch(/Nội dung/);
  });

  it('keys a notice by its message only, so a second delivery writes nothing new', () => {
    expect(noticeSourceKey('17')).toBe(noticeSourceKey('17'));
    expect(noticeSourceKey('17')).not.toBe(noticeSourceKey('171'));
  });
});

describe('notice audiences', () => {
  it('sends the reporter by hand and every other audience to users', () => {
    expect(manualAudiences(['REPORTER', 'UNIT', 'UPPER_COMMITTEE', 'TASK_FORCE'])).toEqual(['REPORTER']);
    expect(manualAudiences(['UNIT'])).toEqual([]);
    expect(Object.keys(USER_AUDIENCES).sort()).toEqual(['TASK_FORCE', 'UNIT', 'UPPER_COMMITTEE']);
    for (const label of Object.values(AUDIENCE_LABELS)) expect(label).toMatch(VIETNAMESE);
  });
});
