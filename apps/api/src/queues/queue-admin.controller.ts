import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { QueueName } from '@hoso/core/queue';
import { QueueAdminService } from '@hoso/core/queue/queue-admin.service';
import { FailedJobsQuery, QueueRetryDto } from './queue-admin.dto';
import { FailedJobPageResponse, QueueJobRetryResponse, QueueOverviewResponse, QueueRetryAllResponse } from './queue-admin.responses';
import { jobIdPipe, queueNamePipe } from './queue-params.pipe';
import { TopAdminGuard } from './top-admin.guard';

const QUEUE_PARAM = { name: 'name', enum: QueueName, enumName: 'QueueName', description: 'Tên hàng đợi' } as const;

/** The queues' view for operators (counts, failed jobs, retry), on Redis or PostgreSQL alike. */
@ApiTags('administration')
@ApiBearerAuth()
@UseGuards(TopAdminGuard)
@Controller('admin/queues')
export class QueueAdminController {
  constructor(private readonly queues: QueueAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Các hàng đợi và số công việc theo trạng thái (cần ADMIN ở đơn vị cấp cao nhất)' })
  @ApiOkResponse({ type: QueueOverviewResponse })
  @ApiErrors(401, 403, ErrorCode.QUEUE_UNAVAILABLE)
  overview() {
    return this.queues.overview();
  }

  @Get(':name/failed')
  @ApiOperation({ summary: 'Các công việc bị lỗi của một hàng đợi, lỗi gần nhất trước' })
  @ApiParam(QUEUE_PARAM)
  @ApiOkResponse({ type: FailedJobPageResponse })
  @ApiErrors(400, 401, 403, ErrorCode.QUEUE_NOT_FOUND, ErrorCode.QUEUE_UNAVAILABLE)
  failed(@Param('name', queueNamePipe) name: QueueName, @Query() q: FailedJobsQuery) {
    return this.queues.failed(name, q.page, q.pageSize);
  }

  @Post(':name/failed/retry-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chạy lại mọi công việc bị lỗi của một hàng đợi (bắt buộc nêu lý do, ghi vào nhật ký)' })
  @ApiParam(QUEUE_PARAM)
  @ApiOkResponse({ type: QueueRetryAllResponse })
  @ApiErrors(400, 401, 403, ErrorCode.QUEUE_NOT_FOUND, ErrorCode.QUEUE_UNAVAILABLE)
  retryAll(@CurrentUser() user: AuthUser, @Param('name', queueNamePipe) name: QueueName, @Body() dto: QueueRetryDto) {
    return this.queues.retryAll(user.id, name, dto.reason);
  }

  @Post(':name/failed/:jobId/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Chạy lại một công việc bị lỗi: thêm một lần chạy (bắt buộc nêu lý do, ghi vào nhật ký)' })
  @ApiParam(QUEUE_PARAM)
  @ApiParam({ name: 'jobId', type: String, description: 'Mã công việc' })
  @ApiOkResponse({ type: QueueJobRetryResponse })
  @ApiErrors(400, 401, 403, ErrorCode.QUEUE_NOT_FOUND, ErrorCode.QUEUE_JOB_NOT_FOUND, ErrorCode.QUEUE_JOB_NOT_FAILED, ErrorCode.QUEUE_UNAVAILABLE)
  retry(@CurrentUser() user: AuthUser, @Param('name', queueNamePipe) name: QueueName, @Param('jobId', jobIdPipe) jobId: string, @Body() dto: QueueRetryDto) {
    return this.queues.retry(user.id, name, jobId, dto.reason);
  }
}
