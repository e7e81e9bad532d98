import { ApiProperty } from '@nestjs/swagger';
import { DocumentKindStepResponse } from './document-kind-step.response';

/** Một loại văn bản của quy trình và các bước cần nó (documentation only: dossier-kinds.ts builds it). */
export class DocumentKindResponse {
  @ApiProperty({ type: String, example: 'QD-KY-LUAT', description: 'Mã loại văn bản (dùng làm formCode khi nộp)' })
  code!: string;

  @ApiProperty({ type: String, example: 'Quyết định kỷ luật' })
  label!: string;

  @ApiProperty({ type: () => DocumentKindStepResponse, isArray: true })
  steps!: DocumentKindStepResponse[];
}
