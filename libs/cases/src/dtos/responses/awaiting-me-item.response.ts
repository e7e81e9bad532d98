import { ApiProperty } from '@nestjs/swagger';
import { AwaitingStepResponse } from './awaiting-step.response';

/** Một vụ việc có bước đang chờ người dùng quyết định (documentation only: case-inbox.service.ts builds it). */
export class AwaitingMeItemResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String, example: 'quy-dinh-1374' })
  procedureId!: string;

  @ApiProperty({ type: String, description: 'Tên quy trình (tiếng Việt)' })
  procedureTitle!: string;

  @ApiProperty({ type: String, example: 'assignedToUnit.reviewingReport' })
  state!: string;

  @ApiProperty({ type: String, description: 'Tên trạng thái (tiếng Việt)' })
  stateLabel!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  assignedUnitId!: string | null;

  @ApiProperty({ type: 'integer', description: 'Phiên bản vụ việc (gửi lại trong If-Match khi thực hiện bước)' })
  version!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Hạn của thời hạn đang chạy gần nhất; null khi không có thời hạn nào có hạn (xếp sau cùng)',
  })
  dueAt!: string | null;

  @ApiProperty({
    type: () => AwaitingStepResponse,
    isArray: true,
    description: 'Các bước người dùng được thực hiện lúc này, đúng như availableEvents của GET /cases/{id} (ít nhất một)',
  })
  events!: AwaitingStepResponse[];
}
