import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { ReporterDto } from './reporter.dto';

export class CreateCaseDto {
  @ApiProperty({ example: 'quy-dinh-1374' }) @IsString() @Matches(/^[a-z0-9-]{1,64}$/) procedureId!: string;
  @ApiProperty({ description: 'Đơn vị (cấp ủy) tiếp nhận' }) @IsUUID() orgUnitId!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Dữ liệu đăng ký theo quy trình: JSON Schema của từng quy trình là trường `input` của ' +
      '`GET /procedures/{id}/versions/{version}` (phiên bản mới nhất, xem `schemaUrl` trong `GET /procedures`)',
  })
  @IsObject()
  input!: Record<string, unknown>;
  @ApiPropertyOptional({
    type: ReporterDto,
    description: 'Người cung cấp thông tin: được mã hóa khi lưu, che trong mọi câu trả lời, không ghi vào dòng thời gian',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReporterDto)
  reporter?: ReporterDto;
}
