import { ApiProperty } from '@nestjs/swagger';
import { DocumentKindResponse } from './document-kind.response';
import { DossierItemResponse } from './dossier-item.response';

/** Hồ sơ của vụ việc: văn bản đã nộp và những gì quy trình nhận (documentation only: dossier.service.ts `list` builds it). */
export class DossierResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Mọi mã nộp được (biểu mẫu và loại văn bản) với tên tiếng Việt',
    example: { '1-KNĐ': 'Đơn xin vào Đảng' },
  })
  forms!: Record<string, string>;

  @ApiProperty({ type: () => DocumentKindResponse, isArray: true, description: 'Các loại văn bản và bước nào cần văn bản nào' })
  kinds!: DocumentKindResponse[];

  @ApiProperty({ type: () => DossierItemResponse, isArray: true, description: 'Văn bản đã nộp, cũ nhất trước' })
  items!: DossierItemResponse[];
}
