import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '@hoso/core/http/page.query';

export class QueueRetryDto {
  @ApiProperty({ description: 'Lý do chạy lại (bắt buộc, ghi vào nhật ký)' }) @IsString() @MinLength(10) @MaxLength(2000) reason!: string;
}

/** A page of a queue's failed jobs: pageSize 1–100 (default 20). */
export class FailedJobsQuery extends PageQuery {}
