import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';
import { DOCUMENT_MEDIA_TYPES } from './media-types';

/** The text fields of a multipart dossier upload (the file itself is the part named `file`). */
export class MultipartUploadFieldsDto {
  @ApiProperty({ example: 'BC-GIAI-TRINH', description: 'Mã biểu mẫu hoặc loại văn bản của quy trình' })
  @IsString()
  @Matches(/^[A-Z0-9Đ-]{1,16}$/)
  formCode!: string;
  @ApiProperty({ example: '2026-10-01', description: 'Ngày của văn bản' }) @IsCalendarDate() documentDate!: string;
  @ApiProperty({ description: 'Người, cơ quan lập văn bản' }) @IsString() @MinLength(1) @MaxLength(200) author!: string;
  @ApiPropertyOptional({ description: 'Đã đóng dấu giáp lai (true/false)' }) @IsOptional() @IsBoolean() stampedAcrossPages?: boolean;
  @ApiPropertyOptional({ description: 'Người mà văn bản nói đến' }) @IsOptional() @IsString() @MaxLength(200) aboutPerson?: string;
  @ApiPropertyOptional({ description: 'Tên tệp (mặc định: tên tệp của phần `file`)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(/^[^/\\\u0000-\u001f]+$/)
  fileName?: string;
  @ApiPropertyOptional({ enum: DOCUMENT_MEDIA_TYPES, description: 'Loại tệp khai báo; phải khớp với nội dung' })
  @IsOptional()
  @IsIn([...DOCUMENT_MEDIA_TYPES, 'application/octet-stream'])
  mediaType?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bản đã ký của văn bản tạo từ mẫu: mã văn bản (bản nháp) đã tạo trong hồ sơ' })
  @IsOptional()
  @IsUUID()
  signedCopyOf?: string;
}

/** The form's text fields as the DTO takes them: `stampedAcrossPages` is sent as the text true / false. */
export function fieldsForValidation(fields: Record<string, string>): Record<string, unknown> {
  const { stampedAcrossPages, ...rest } = fields;
  if (stampedAcrossPages === undefined) return rest;
  return { ...rest, stampedAcrossPages: stampedAcrossPages === 'true' ? true : stampedAcrossPages === 'false' ? false : stampedAcrossPages };
}
