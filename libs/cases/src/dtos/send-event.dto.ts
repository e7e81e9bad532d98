import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, IsString, Matches, MaxLength, Min, MinLength } from 'class-validator';

export class SendEventDto {
  @ApiProperty({ example: 'START_SCREENING' }) @IsString() @Matches(/^[A-Z][A-Z0-9_]{0,63}$/) type!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Nội dung gửi kèm bước: JSON Schema của từng bước là `events[].payload` của `GET /procedures/{id}/versions/{version}` ' +
      '(phiên bản là `machineVersion` của vụ việc)',
  })
  @IsOptional() @IsObject() payload?: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'Phiên bản vụ việc đang xem (hoặc header If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
  @ApiPropertyOptional({
    description: 'Lý do bỏ qua nguyên tắc tách bạch nhiệm vụ (chỉ vai trò được phép; ghi vào dòng thời gian)',
  })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(1000)
  separationBypassReason?: string;
}
