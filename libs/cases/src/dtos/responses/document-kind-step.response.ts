import { ApiProperty } from '@nestjs/swagger';

/** Bước xử lý cần một loại văn bản (documentation only: dossier-kinds.ts `documentKindsView` builds it). */
export class DocumentKindStepResponse {
  @ApiProperty({ type: String, example: 'DECIDE', description: 'Mã bước' })
  event!: string;

  @ApiProperty({ type: String, description: 'Tên bước tiếng Việt' })
  eventLabel!: string;

  @ApiProperty({ enum: ['REQUIRED', 'EXPECTED'], description: 'REQUIRED: căn cứ bắt buộc của bước; EXPECTED: thường đã có khi làm bước này' })
  level!: 'REQUIRED' | 'EXPECTED';
}
