import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_MEDIA_TYPES } from '../../documents/media-types';

/** Một văn bản trong hồ sơ, không kèm nội dung (documentation only: dossier.service.ts `list` builds it). */
export class DossierItemResponse {
  @ApiProperty({ type: String, format: 'uuid', description: 'Mã văn bản (dùng để tải về)' })
  attachmentId!: string;

  @ApiProperty({ type: String, example: '2-KNĐ', description: 'Mã biểu mẫu hoặc loại văn bản' })
  formCode!: string;

  @ApiProperty({ type: String, description: 'Tên tiếng Việt của biểu mẫu hoặc loại văn bản (mã, nếu quy trình không còn biết mã này)' })
  formName!: string;

  @ApiProperty({ type: String, format: 'date', description: 'Ngày của văn bản' })
  documentDate!: string;

  @ApiProperty({ type: String, description: 'Người, cơ quan lập văn bản' })
  author!: string;

  @ApiProperty({ type: Boolean, description: 'Đã đóng dấu giáp lai' })
  stampedAcrossPages!: boolean;

  @ApiProperty({ type: String, nullable: true, description: 'Người mà văn bản nói đến' })
  aboutPerson!: string | null;

  @ApiProperty({ type: String, pattern: '^[0-9a-f]{64}$', description: 'Mã băm SHA-256 của nội dung (hex), còn giữ sau khi nội dung bị xóa' })
  sha256!: string;

  @ApiProperty({ type: String })
  fileName!: string;

  @ApiProperty({ enum: DOCUMENT_MEDIA_TYPES })
  mediaType!: string;

  @ApiProperty({ type: 'integer', description: 'Dung lượng (byte)' })
  sizeBytes!: number;

  @ApiProperty({ type: String, format: 'uuid', description: 'Người nộp' })
  uploadedBy!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  uploadedAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Lúc nội dung bị xóa theo thời hạn lưu trữ (tải về khi đó trả 410)' })
  purgedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Bản nháp tạo từ mẫu: khóa của mẫu văn bản' })
  templateKey!: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Bản nháp tạo từ mẫu: phiên bản mẫu đã dùng' })
  templateVersion!: number | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Bản đã ký của văn bản tạo từ mẫu (mã bản nháp)' })
  signedCopyOf!: string | null;
}
