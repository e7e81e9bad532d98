import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BALLOT_DESCRIPTION } from './caller-event.response';
import { GuardMessageResponse } from './guard-message.response';
import { RoleLabelResponse } from './role-label.response';

/** Một bước của phiên bản quy trình, đủ để dựng biểu mẫu (documentation only: step-schemas.service.ts builds it). */
export class StepDescriptionResponse {
  @ApiProperty({ type: String, example: 'START_SCREENING' })
  type!: string;

  @ApiProperty({ type: String })
  label!: string;

  @ApiProperty({ type: () => RoleLabelResponse, isArray: true })
  roles!: RoleLabelResponse[];

  @ApiProperty({ enum: ['CASE_UNIT', 'ASSIGNED_UNIT'] })
  actingUnit!: 'CASE_UNIT' | 'ASSIGNED_UNIT';

  @ApiProperty({ type: String, isArray: true, description: 'Các trạng thái (đường dẫn) nhận bước này' })
  from!: string[];

  @ApiProperty({ type: () => GuardMessageResponse, isArray: true, description: 'Điều kiện có thể chặn bước, kèm lý do' })
  guards!: GuardMessageResponse[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'JSON Schema (draft-07) của `payload` gửi kèm bước (POST /cases/{id}/events). Thêm: `x-enumLabels` (tên tiếng Việt của giá trị), ' +
      '`x-conditional` (bắt buộc tùy trường khác), `x-rules` (quy tắc liên quan giữa các trường máy chủ còn kiểm tra), ' +
      '`x-entity` (mã định danh trỏ tới: orgUnit, user, person, case — để chọn thay vì nhập mã)',
  })
  payload!: Record<string, unknown>;

  @ApiPropertyOptional({ type: Boolean, description: BALLOT_DESCRIPTION })
  ballot?: boolean;
}
