// The committed default templates are what the readable source generates, each is valid for its procedure, and the
// steps that require a signed copy name templates that exist for them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { defaultProcedures } from '@hoso/workflows';
import { formsOf } from '@hoso/cases/services/dossier-kinds';
import { DEFAULT_TEMPLATES } from './default-templates';
import { packageParts } from './docx-writer';
import { defaultTemplateFile, TEMPLATES_DIR, templateFileName } from './generate-templates';
import { layout } from './template-layout';

describe('default templates', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.key, t] as const))('%s: the committed .docx is what the source generates', (_key, spec) => {
    const committed = new PizZip(readFileSync(join(TEMPLATES_DIR, templateFileName(spec.key))));
    const parts = packageParts(layout(spec), spec.title);
    expect(Object.keys(committed.files).filter((n) => !committed.files[n].dir).sort()).toEqual(parts.map(([n]) => n).sort());
    for (const [name, content] of parts) expect({ name, content: committed.file(name)!.asText() }).toEqual({ name, content });
  });

  it('generates the same bytes twice (a reproducible file)', () => {
    expect(defaultTemplateFile(DEFAULT_TEMPLATES[0]).equals(defaultTemplateFile(DEFAULT_TEMPLATES[0]))).toBe(true);
  });

  it('keeps no template file without its source', () => {
    const files = readdirSync(TEMPLATES_DIR).sort();
    expect(files).toEqual(DEFAULT_TEMPLATES.map((t) => templateFileName(t.key)).sort());
  });

  it('has unique keys; each files under a form code its procedure takes, with a basis citing the layout guidance', () => {
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.key)).size).toBe(DEFAULT_TEMPLATES.length);
    const procedures = new Map(defaultProcedures().map((d) => [d.id, d]));
    for (const t of DEFAULT_TEMPLATES) {
      const def = procedures.get(t.procedureId);
      expect({ key: t.key, procedure: def?.id }).toEqual({ key: t.key, procedure: t.procedureId });
      expect({ key: t.key, form: formsOf(def!)[t.formCode] !== undefined }).toEqual({ key: t.key, form: true });
      expect(t.basis).toContain('36-HD/VPTW');
      expect(t.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('covers the admission resolutions and decisions (6, 8, 9, 13, 15, 16-KNĐ) and the other procedures’ documents', () => {
    const forms = (p: string) => DEFAULT_TEMPLATES.filter((t) => t.procedureId === p).map((t) => t.formCode).sort();
    expect(forms('ket-nap-dang-vien')).toEqual(['13-KNĐ', '15-KNĐ', '16-KNĐ', '6-KNĐ', '8-KNĐ', '9-KNĐ']);
    expect(forms('quy-dinh-1374')).toEqual(['PHIEU-CHUYEN', 'THONG-BAO-KQ']);
    expect(forms('to-cao')).toEqual(['TB-KET-LUAN', 'TB-KHONG-THU-LY', 'TB-THU-LY']);
    expect(forms('kiem-tra-dau-hieu-vi-pham')).toEqual(['KET-LUAN-KT', 'QD-KH-KT']);
    expect(forms('ky-luat')).toEqual(['QD-KY-LUAT']);
    expect(forms('khieu-nai-ky-luat')).toEqual(['QD-GQKN']);
  });

  it('every step requiring a signed copy names templates of its own procedure', () => {
    const byKey = new Map(DEFAULT_TEMPLATES.map((t) => [t.key, t]));
    const required = defaultProcedures().flatMap((def) =>
      Object.entries(def.events).flatMap(([event, spec]) => (spec.requiresSignedCopy?.templates ?? []).map((key) => ({ procedure: def.id, event, key }))),
    );
    expect(required).toContainEqual({ procedure: 'ky-luat', event: 'DECIDE', key: 'ky-luat.quyet-dinh-ky-luat' });
    for (const r of required) expect({ ...r, templateProcedure: byKey.get(r.key)?.procedureId }).toEqual({ ...r, templateProcedure: r.procedure });
  });
});
