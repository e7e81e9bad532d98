// Each default template generated from a case: the DOCX opens, holds the case's facts in Vietnamese and no tag is left;
// its PDF renders. Broken and unknown tags are named.
import { defaultProcedures } from '@hoso/workflows';
import { DEFAULT_TEMPLATES } from '../defaults/default-templates';
import { defaultTemplateFile } from '../defaults/generate-templates';
import { writeDocx } from '../defaults/docx-writer';
import { docxToPdf } from '../render/docx-to-pdf';
import { documentFields } from '../services/document-generation.service';
import { TEMPLATE_FIXTURES } from './case-facts.fixtures';
import { docxText } from './docx-text';
import { BLANK, checkTags, fillDocx } from './fill-template';
import { TEMPLATE_KINDS } from './template-catalogue';

const defs = new Map(defaultProcedures().map((d) => [d.id, d]));

describe('generating each default template from a case', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.key] as const))('%s', async (key) => {
    const kind = TEMPLATE_KINDS.get(key)!;
    const { facts, expect: expected } = TEMPLATE_FIXTURES[key];
    const fields = documentFields(kind, facts, defs.get(facts.procedureId)!, { number: undefined }, '2026-12-06');
    const docx = fillDocx(defaultTemplateFile(kind.spec), fields);
    const text = docxText(docx);
    for (const s of expected) expect(text).toContain(s);
    // The header of a Party document and the date as it prints it.
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('TP. Hồ Chí Minh, ngày 06 tháng 12 năm 2026');
    // Nothing left to merge, no English code, no "undefined".
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/undefined|null|\b[A-Z]{2,}_[A-Z_]+\b/);
    // The number is left to fill in when signing.
    expect(text).toContain(`Số ${BLANK}-`);
    const pdf = await docxToPdf(docx, { title: kind.spec.title });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('a field the case does not have yet prints as a blank to fill in; an empty list prints nothing', () => {
    const kind = TEMPLATE_KINDS.get('1374.thong-bao-ket-qua')!;
    const facts = { ...TEMPLATE_FIXTURES['1374.thong-bao-ket-qua'].facts, steps: {} };
    const text = docxText(fillDocx(defaultTemplateFile(kind.spec), documentFields(kind, facts, defs.get('quy-dinh-1374')!, {}, '2026-03-09')));
    expect(text).toContain(`1. Kết luận: ${BLANK}. ${BLANK}`);
    expect(text).not.toContain('Về Đảng');
    expect(text).toContain('ngày 09 tháng 3 năm 2026');
  });

  it('the person generating sets the number, place, signer and header; their words win over the case’s', () => {
    const kind = TEMPLATE_KINDS.get('ky-luat.quyet-dinh-ky-luat')!;
    const { facts } = TEMPLATE_FIXTURES['ky-luat.quyet-dinh-ky-luat'];
    const fields = documentFields(kind, facts, defs.get('ky-luat')!, {
      number: '127', place: 'Thủ Đức', signerName: 'Nguyễn Thị Mai', signerPosition: 'PHÓ BÍ THƯ', onBehalfOf: 'T/M ĐẢNG ỦY', issuingBody: 'Đảng ủy phường Sài Gòn',
    }, '2026-02-01');
    const text = docxText(fillDocx(defaultTemplateFile(kind.spec), fields));
    for (const s of ['Số 127-QĐ/ĐU', 'Thủ Đức, ngày 01 tháng 02 năm 2026', 'Nguyễn Thị Mai', 'PHÓ BÍ THƯ', 'T/M ĐẢNG ỦY', 'Đảng ủy phường Sài Gòn']) expect(text).toContain(s);
  });
});

describe('checking a template’s tags', () => {
  const known = new Set(Object.keys(TEMPLATE_KINDS.get('ky-luat.quyet-dinh-ky-luat')!.fields));
  const docx = (...lines: string[]) => writeDocx(lines.map((text) => ({ kind: 'p', runs: [{ text }] })), 't');

  it('accepts the defaults as they are', () => {
    for (const [key, kind] of TEMPLATE_KINDS) expect({ key, problems: checkTags(defaultTemplateFile(kind.spec), new Set(Object.keys(kind.fields))).problems }).toEqual({ key, problems: [] });
  });

  it('names an unclosed tag', () => {
    const { problems } = checkTags(docx('Đối với {doiTuong', 'ngày {ngayHop}'), known);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.message).join(' ')).toContain('doiTuong');
  });

  it('names an unopened tag', () => {
    const { problems } = checkTags(docx('hình thức hinhThucKyLuat}'), known);
    expect(problems.map((p) => p.message).join(' ')).toContain('hinhThucKyLuat');
  });

  it('names a loop that is not closed', () => {
    const { problems } = checkTags(docx('{#bienPhapDang}', '- {.}'), known);
    expect(problems.map((p) => `${p.tag} ${p.message}`).join(' ')).toContain('bienPhapDang');
  });

  it('names a field the key does not have (a typo)', () => {
    expect(checkTags(docx('Đồng chí {hoTn}'), known).problems).toEqual([{ tag: 'hoTn', message: 'trường "{hoTn}" không có trong danh sách trường của mẫu này' }]);
  });
});
