import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IsCalendarDate } from '@hoso/deadlines/dtos/iso-date.validator';

/** POST /cases/:id/documents/generate: which template, and what the office sets on this document. */
export class GenerateDocumentDto {
  @ApiProperty({ example: 'ky-luat.quyet-dinh-ky-luat', description: 'Khóa của mẫu văn bản (GET /document-templates)' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9.-]{0,63}$/)
  template!: string;
  @ApiPropertyOptional({ example: '2026-12-06', description: 'Ngày của văn bản; chọn phiên bản mẫu có hiệu lực vào ngày này (mặc định: hôm nay)' })
  @IsOptional()
  @IsCalendarDate()
  documentDate?: string;
  @ApiPropertyOptional({ example: '15', description: 'Số văn bản (để trống nếu cấp số khi ký)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(32) number?: string;
  @ApiPropertyOptional({ example: 'TP. Hồ Chí Minh', description: 'Địa danh (mặc định: theo cấp ủy cấp cao nhất)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  place?: string;
  @ApiPropertyOptional({ description: 'Họ tên người ký' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(200) signerName?: string;
  @ApiPropertyOptional({ example: 'PHÓ BÍ THƯ', description: 'Chức vụ người ký' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(100) signerPosition?: string;
  @ApiPropertyOptional({ example: 'T/M BAN THƯỜNG VỤ', description: 'Dòng "T/M …" của khối chữ ký' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  onBehalfOf?: string;
  @ApiPropertyOptional({ description: 'Tên cơ quan ban hành (mặc định: theo đơn vị của vụ việc)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) issuingBody?: string;
  @ApiPropertyOptional({ description: 'Tên cơ quan cấp trên (dòng trên tên cơ quan ban hành)' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) upperBody?: string;
}
