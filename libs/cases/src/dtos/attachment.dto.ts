import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** One document of the dossier, sent as base64 inside JSON (bounded by BODY_LIMIT). */
export class UploadAttachmentDto {
  @ApiProperty({ example: '2-KNĐ', description: 'Mã biểu mẫu' }) @IsString() @Matches(/^[A-Z0-9Đ-]{1,16}$/) formCode!: string;
  @ApiProperty({ example: '2026-10-01', description: 'Ngày của văn bản' }) @IsCalendarDate() documentDate!: string;
  @ApiProperty({ description: 'Người, cơ quan lập văn bản' }) @IsString() @MinLength(1) @MaxLength(200) author!: string;
  @ApiPropertyOptional({ description: 'Đã đóng dấu giáp lai' }) @IsOptional() @IsBoolean() stampedAcrossPages?: boolean;
  @ApiPropertyOptional({ description: 'Người được thẩm tra (cha, mẹ, vợ/chồng…) mà văn bản nói đến' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  aboutPerson?: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) @Matches(/^[^/\\\u0000-\u001f]+$/) fileName!: string;
  @ApiProperty({ enum: ATTACHMENT_MEDIA_TYPES }) @IsIn(ATTACHMENT_MEDIA_TYPES) mediaType!: AttachmentMediaType;
  @ApiProperty({ description: 'Nội dung (base64)' }) @IsBase64() @MinLength(4) contentBase64!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bản đã ký của văn bản tạo từ mẫu: mã văn bản (bản nháp) đã tạo trong hồ sơ' })
  @IsOptional()
  @IsUUID()
  signedCopyOf?: string;
}
