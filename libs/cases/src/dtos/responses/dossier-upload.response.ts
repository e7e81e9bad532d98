import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/media-types';

/** Văn bản vừa nộp vào hồ sơ (documentation only: dossier.service.ts `file` builds it). */
export class DossierUploadResponse {
  @ApiProperty({ type: String, format: 'uuid', description: 'Mã văn bản (dùng để tải về)' })
  attachmentId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: String, example: '2-KNĐ', description: 'Mã biểu mẫu hoặc loại văn bản' })
  formCode!: string;

  @ApiProperty({ type: String, description: 'Tên tiếng Việt của biểu mẫu hoặc loại văn bản' })
  formName!: string;

  @ApiProperty({ type: String, description: 'Tên tệp (Unicode NFC)' })
  fileName!: string;

  @ApiProperty({ enum: DOCUMENT_MEDIA_TYPES, description: 'Loại tệp (với multipart: nhận biết theo nội dung tệp)' })
  mediaType!: string;

  @ApiProperty({ type: String, pattern: '^[0-9a-f]{64}$', description: 'Mã băm SHA-256 của nội dung (hex)' })
  sha256!: string;

  @ApiProperty({ type: 'integer', description: 'Dung lượng (byte)' })
  sizeBytes!: number;
}
