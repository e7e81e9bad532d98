import { ApiProperty } from '@nestjs/swagger';

/** Một tệp đã tạo (bản nháp trong hồ sơ). */
export class GeneratedFileResponse {
  @ApiProperty({ type: String, format: 'uuid', description: 'Mã văn bản trong hồ sơ (GET /cases/{id}/dossier/{attachmentId})' }) attachmentId!: string;
  @ApiProperty({ type: String }) fileName!: string;
  @ApiProperty({ type: String, enum: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/pdf'] }) mediaType!: string;
  @ApiProperty({ type: String, pattern: '^[0-9a-f]{64}$', description: 'Mã băm SHA-256 (ghi trên diễn biến vụ việc)' }) sha256!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
}

export class GeneratedTemplateResponse {
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
  @ApiProperty({ type: String, pattern: '^[0-9a-f]{64}$', description: 'Mã băm SHA-256 của mẫu đã dùng' }) sha256!: string;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String, description: 'Vì sao phiên bản mẫu này được áp dụng' }) why!: string;
}

export class GeneratedEventResponse {
  @ApiProperty({ type: 'integer', description: 'Số thứ tự sự kiện trên diễn biến (= phiên bản mới của vụ việc)' }) seq!: number;
  @ApiProperty({ type: String, example: 'DOCUMENT_GENERATED' }) type!: string;
}

/** Văn bản vừa tạo từ mẫu: bản .docx và bản PDF, lưu làm bản nháp trong hồ sơ và ghi trên diễn biến. */
export class GeneratedDocumentResponse {
  @ApiProperty({ type: String, format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'date', description: 'Ngày của văn bản' }) documentDate!: string;
  @ApiProperty({ type: GeneratedTemplateResponse }) template!: GeneratedTemplateResponse;
  @ApiProperty({ type: GeneratedEventResponse }) event!: GeneratedEventResponse;
  @ApiProperty({ type: [GeneratedFileResponse], description: 'Bản .docx (sửa được) và bản PDF' }) documents!: GeneratedFileResponse[];
}
