import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TemplateFieldResponse } from './template-version.response';

/** Mẫu văn bản và phiên bản áp dụng cho đơn vị vào ngày đã chọn (documentation only). */
export class TemplateListItemResponse {
  @ApiProperty({ type: String }) key!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Phiên bản áp dụng (null: không có phiên bản nào áp dụng vào ngày này)' }) version!: number | null;
  @ApiProperty({ type: String }) title!: string;
  @ApiProperty({ type: String }) procedureId!: string;
  @ApiProperty({ type: String }) formCode!: string;
  @ApiPropertyOptional({ type: String, format: 'date' }) effectiveFrom?: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true }) effectiveTo?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Đơn vị của mẫu riêng áp dụng (null: mẫu chung)' }) unitId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) unitName?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) reason?: string | null;
  @ApiPropertyOptional({ type: String, pattern: '^[0-9a-f]{64}$' }) sha256?: string;
  @ApiPropertyOptional({ type: 'integer' }) sizeBytes?: number;
  @ApiPropertyOptional({ type: String }) basis?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) createdBy?: string | null;
  @ApiPropertyOptional({ type: String, format: 'date-time' }) createdAt?: string;
  @ApiProperty({ type: String, description: 'Vì sao phiên bản này được áp dụng (mẫu chung, mẫu riêng của đơn vị, mẫu riêng hết áp dụng)' }) why!: string;
  @ApiProperty({ type: [TemplateFieldResponse], description: 'Các trường trộn dùng được trong mẫu' }) fields!: TemplateFieldResponse[];
}

export class TemplateListResponse {
  @ApiProperty({ type: String, format: 'date', description: 'Ngày áp dụng' }) date!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) unitId!: string | null;
  @ApiProperty({ type: [TemplateListItemResponse] }) items!: TemplateListItemResponse[];
}
