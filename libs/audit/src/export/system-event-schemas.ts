import { ORG_CHANGE_KIND_LABELS } from '@hoso/workflows/shared/org-change';
import { DOCUMENT_GENERATED, ORG_TRANSFERRED, VERSION_MIGRATED } from '@hoso/timeline/timeline-labels';
import type { JsonSchema } from './payload-text';

// The timeline rows the system writes outside any procedure's steps have no published step schema: these give their
// fields the Vietnamese titles a reader needs (CaseTransferService and ProcedureMigrationService write them).
const unitMove = (title: string): JsonSchema => ({
  title,
  type: 'object',
  properties: {
    from: { title: 'Từ tổ chức', type: 'string', format: 'uuid', 'x-entity': 'orgUnit' },
    to: { title: 'Sang tổ chức', type: 'string', format: 'uuid', 'x-entity': 'orgUnit' },
  },
});

export const SYSTEM_EVENT_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  [ORG_TRANSFERRED]: {
    type: 'object',
    properties: {
      changeId: { title: 'Mã thay đổi tổ chức', type: 'string', format: 'uuid' },
      kind: { title: 'Hình thức thay đổi tổ chức', type: 'string', 'x-enumLabels': ORG_CHANGE_KIND_LABELS },
      decision: {
        title: 'Quyết định',
        type: 'object',
        properties: {
          number: { title: 'Số, ký hiệu', type: 'string' },
          date: { title: 'Ngày ký', type: 'string', format: 'date' },
          body: { title: 'Cơ quan ban hành', type: 'string' },
        },
      },
      effectiveDate: { title: 'Ngày có hiệu lực', type: 'string', format: 'date' },
      orgUnit: unitMove('Tổ chức đảng thụ lý vụ việc'),
      assignedUnit: unitMove('Đơn vị được giao giải quyết'),
      reason: { title: 'Lý do', type: 'string' },
    },
  },
  [DOCUMENT_GENERATED]: {
    type: 'object',
    properties: {
      template: {
        title: 'Mẫu văn bản',
        type: 'object',
        properties: {
          key: { title: 'Mã mẫu', type: 'string' },
          title: { title: 'Tên mẫu', type: 'string' },
          version: { title: 'Phiên bản mẫu', type: 'integer' },
          sha256: { title: 'Mã băm SHA-256 của mẫu', type: 'string' },
          why: { title: 'Vì sao dùng phiên bản này', type: 'string' },
        },
      },
      formCode: { title: 'Loại văn bản', type: 'string' },
      documentDate: { title: 'Ngày văn bản', type: 'string', format: 'date' },
      documents: {
        title: 'Tệp đã tạo',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            fileName: { title: 'Tên tệp', type: 'string' },
            mediaType: { title: 'Định dạng', type: 'string' },
            sha256: { title: 'Mã băm SHA-256', type: 'string' },
            attachmentId: { title: 'Mã tài liệu', type: 'string', format: 'uuid' },
          },
        },
      },
    },
  },
  [VERSION_MIGRATED]: {
    type: 'object',
    properties: {
      fromVersion: { title: 'Từ phiên bản quy trình', type: 'integer' },
      toVersion: { title: 'Sang phiên bản quy trình', type: 'integer' },
      basis: { title: 'Căn cứ chuyển đổi', type: 'string' },
      reason: { title: 'Lý do', type: 'string' },
    },
  },
};
