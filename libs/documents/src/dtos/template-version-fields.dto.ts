import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

/** The text fields of a new template version (multipart/form-data; the .docx is the part named `file`). */
export class TemplateVersionFieldsDto {
  @ApiProperty({ example: '2027-01-01', description: 'Áp dụng cho văn bản đề ngày từ ngày này' }) @IsCalendarDate() effectiveFrom!: string;
  @ApiPropertyOptional({ example: '2027-12-31', description: 'Ngày đầu tiên phiên bản không còn áp dụng (chỉ khi ban hành cho một thời kỳ)' })
  @IsOptional()
  @IsCalendarDate()
  effectiveTo?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Mẫu riêng cho đơn vị này và các đơn vị trực thuộc (bỏ trống: mẫu chung)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
  @ApiProperty({ description: 'Lý do sửa mẫu (bắt buộc; ghi vào nhật ký và hiện khi áp dụng mẫu riêng)' }) @IsString() @MinLength(3) @MaxLength(2000) reason!: string;
  @ApiPropertyOptional({ description: 'Căn cứ (hướng dẫn thể thức, quy định); mặc định giữ căn cứ của phiên bản trước' })
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  basis?: string;
  @ApiPropertyOptional({ description: 'Tên mẫu; mặc định giữ tên của phiên bản trước' }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
}
