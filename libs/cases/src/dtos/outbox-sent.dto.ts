import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

export class OutboxSentDto {
  @ApiProperty({ description: 'Đã gửi thế nào: số văn bản, ngày gửi, người nhận (ghi nhật ký)' }) @IsString() @MinLength(3) @MaxLength(2000) note!: string;
  @ApiPropertyOptional({ description: 'Văn bản đã gửi, trong hồ sơ vụ việc' }) @IsOptional() @IsUUID() attachmentId?: string;
}
