import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { defaultProcedures } from '@hoso/workflows/registry';
import { VIETNAMESE } from '@hoso/workflows/shared/vietnamese';
import { UploadAttachmentDto } from '../dtos/attachment.dto';
import { documentKindsView, formsOf } from '../services/dossier-kinds';

// Every procedure but admission (whose forms are numbered by the law) declares its documents as kinds.
describe('document kinds of the procedures', () => {
  const procedures = defaultProcedures();

  it.each(procedures.map((d) => [`${d.id} v${d.version}`, d] as const))('%s: each kind has a Vietnamese name and names only its own steps', (_n, def) => {
    const kinds = Object.entries(def.documentKinds ?? {});
    expect(kinds.length + Object.keys(def.dossierForms ?? {}).length).toBeGreaterThan(0);
    for (const [code, kind] of kinds) {
      expect(code).toMatch(/^[A-Z0-9Đ-]{1,16}$/);
      expect(kind.label).toMatch(VIETNAMESE);
      for (const event of Object.keys(kind.steps)) expect(Object.keys(def.events)).toContain(event);
    }
    for (const item of documentKindsView(def)) for (const step of item.steps) expect(step.eventLabel).toBe(def.events[step.event].label);
  });

  it('gives each procedure a step that requires a document, and keeps the admission forms as they were', () => {
    for (const def of procedures.filter((d) => d.documentKinds)) {
      expect(Object.values(def.documentKinds!).some((k) => Object.values(k.steps).includes('REQUIRED'))).toBe(true);
    }
    const admission = procedures.find((d) => d.dossierForms)!;
    expect(formsOf(admission)).toEqual(admission.dossierForms);
    // Only admission keeps numbered forms; every other procedure (those registered later included) declares kinds.
    expect(procedures.filter((d) => d.dossierForms).map((d) => `${d.id} v${d.version}`)).toEqual(['ket-nap-dang-vien v1', 'ket-nap-dang-vien v2']);
    expect(procedures.filter((d) => !d.dossierForms).every((d) => d.documentKinds)).toBe(true);
  });

  it('takes every kind code through the JSON upload too (the same code rule)', async () => {
    const codes = procedures.flatMap((d) => Object.keys(formsOf(d)));
    for (const formCode of codes) {
      const dto = plainToInstance(UploadAttachmentDto, { formCode, documentDate: '2026-11-20', author: 'Văn phòng', fileName: 'a.pdf', mediaType: 'application/pdf', contentBase64: 'JVBERi0=' });
      expect(await validate(dto)).toEqual([]);
    }
  });
});
