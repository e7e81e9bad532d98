import { ApiProperty } from '@nestjs/swagger';
import { PageResponseOf } from '@hoso/core/http/page.response';
import { QueueName } from '@hoso/core/queue';

// Documentation only: QueueAdminService builds the answers.

/** Số công việc của một hàng đợi theo trạng thái. */
export class QueueCountsResponse {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  name!: QueueName;

  @ApiProperty({ type: 'integer', description: 'Đang chờ chạy (kể cả có độ ưu tiên)' })
  waiting!: number;

  @ApiProperty({ type: 'integer', description: 'Đang chạy' })
  active!: number;

  @ApiProperty({ type: 'integer', description: 'Hẹn giờ chạy sau' })
  delayed!: number;

  @ApiProperty({ type: 'integer', description: 'Lỗi, đã hết số lần thử' })
  failed!: number;

  @ApiProperty({ type: 'integer', description: 'Đã xong (còn lưu)' })
  completed!: number;
}

/** Các hàng đợi và nơi lưu trữ của chúng. */
export class QueueOverviewResponse {
  @ApiProperty({ enum: ['redis', 'postgres'], description: 'Redis khi có REDIS_URL, nếu không thì PostgreSQL' })
  backend!: 'redis' | 'postgres';

  @ApiProperty({ type: () => QueueCountsResponse, isArray: true })
  queues!: QueueCountsResponse[];
}

/** Một công việc bị lỗi; dữ liệu chỉ gồm mã định danh và số, không có nội dung hay tên người. */
export class FailedJobResponse {
  @ApiProperty({ type: String })
  id!: string;

  @ApiProperty({ type: String, description: 'Loại công việc (JobName)' })
  name!: string;

  @ApiProperty({ type: 'integer', description: 'Số lần đã chạy' })
  attemptsMade!: number;

  @ApiProperty({ type: 'integer', description: 'Số lần chạy tối đa theo cấu hình của công việc' })
  maxAttempts!: number;

  @ApiProperty({ type: String, description: 'Lỗi của lần chạy cuối (một dòng, địa chỉ thư điện tử đã che)' })
  failedReason!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  processedAt!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  failedAt!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
    description: 'Các trường mã định danh của công việc (outboxId, deliveryId, deadlineId, generation, minute, sentinel)',
  })
  data!: Record<string, string | number | boolean>;
}

/** Một trang công việc bị lỗi của một hàng đợi, lỗi gần nhất trước. */
export class FailedJobPageResponse extends PageResponseOf(() => FailedJobResponse) {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;
}

/** Công việc đã được đưa lại vào hàng chờ. */
export class QueueJobRetryResponse {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty({ type: String })
  jobId!: string;
}

/** Số công việc bị lỗi đã được đưa lại vào hàng chờ (0: không có gì để chạy lại). */
export class QueueRetryAllResponse {
  @ApiProperty({ enum: QueueName, enumName: 'QueueName' })
  queue!: QueueName;

  @ApiProperty({ type: 'integer' })
  retried!: number;
}
