import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBase64, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';

export const SIGNATURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
// ~150 KB of image: a scanned signature, not a document (documents are attachments).
export const SIGNATURE_MAX_BASE64 = 200_000;

/** The identity of who gave the information: sealed at rest, masked in every answer, revealed only with a reason. */
export class ReporterDto {
  @ApiPropertyOptional({ description: 'Họ và tên' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) name?: string;
  @ApiPropertyOptional({ description: 'Địa chỉ' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(500) address?: string;
  @ApiPropertyOptional({ description: 'Điện thoại, thư điện tử' }) @IsOptional() @IsString() @MinLength(1) @MaxLength(300) contact?: string;
  @ApiPropertyOptional({ description: 'Ảnh chữ ký (base64)' })
  @IsOptional()
  @IsBase64()
  @MaxLength(SIGNATURE_MAX_BASE64)
  signatureImage?: string;
  @ApiPropertyOptional({ enum: SIGNATURE_TYPES })
  @ValidateIf((o: ReporterDto) => o.signatureImage !== undefined || o.signatureType !== undefined)
  @IsIn(SIGNATURE_TYPES)
  signatureType?: (typeof SIGNATURE_TYPES)[number];
}

export class RevealReporterDto {
  @ApiProperty({ description: 'Lý do cần xem danh tính (bắt buộc, được ghi vào nhật ký truy cập)', minLength: 10, maxLength: 1000 })
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  reason!: string;
}
