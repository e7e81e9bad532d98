import type { CaseDocumentFacts } from '@hoso/cases/services/case-document-facts.query';
import { DEFAULT_TEMPLATES } from '../defaults/default-templates';
import type { TemplateSpec } from '../defaults/template-layout';
import { COMMON_FIELDS } from './common-fields';
import type { FieldDocs, Fields, Labels } from './field-values';
import { KET_NAP_FIELDS, ketNapFields } from './fields/ket-nap.fields';
import { KHIEU_NAI_FIELDS, khieuNaiFields } from './fields/khieu-nai.fields';
import { KIEM_TRA_FIELDS, kiemTraFields } from './fields/kiem-tra.fields';
import { KY_LUAT_FIELDS, kyLuatFields } from './fields/ky-luat.fields';
import { QUY_DINH_1374_FIELDS, quyDinh1374Fields } from './fields/quy-dinh-1374.fields';
import { TO_CAO_FIELDS, toCaoFields } from './fields/to-cao.fields';

type FieldMap = (f: CaseDocumentFacts, label: Labels) => Fields;

/** The fields each procedure's documents are filled with, and how they are read from a case. */
const PROCEDURE_FIELDS: Readonly<Record<string, { docs: FieldDocs; map: FieldMap }>> = {
  'ket-nap-dang-vien': { docs: KET_NAP_FIELDS, map: ketNapFields },
  'quy-dinh-1374': { docs: QUY_DINH_1374_FIELDS, map: quyDinh1374Fields },
  'to-cao': { docs: TO_CAO_FIELDS, map: toCaoFields },
  'kiem-tra-dau-hieu-vi-pham': { docs: KIEM_TRA_FIELDS, map: kiemTraFields },
  'ky-luat': { docs: KY_LUAT_FIELDS, map: kyLuatFields },
  'khieu-nai-ky-luat': { docs: KHIEU_NAI_FIELDS, map: khieuNaiFields },
};

/**
 * What a template key stands for, whatever version is in force: the procedure it serves, the dossier code of what it
 * produces, its issuer and symbol, its signature block's defaults, and the fields it may use. A new key is a code
 * change (its fields are read from the case by code); a new version of a key is data (POST /document-templates/…).
 */
export interface TemplateKind {
  spec: TemplateSpec;
  fields: FieldDocs;
  map: FieldMap;
}

export const TEMPLATE_KINDS: ReadonlyMap<string, TemplateKind> = new Map(
  DEFAULT_TEMPLATES.map((spec) => {
    const p = PROCEDURE_FIELDS[spec.procedureId];
    if (!p) throw new Error(`template ${spec.key}: no fields for procedure ${spec.procedureId}`);
    return [spec.key, { spec, fields: { ...COMMON_FIELDS, ...p.docs }, map: p.map }];
  }),
);
