import { ApiProperty } from '@nestjs/swagger';
import { RoleLabelResponse } from './role-label.response';
import { StepDescriptionResponse } from './step-description.response';

/** Một phiên bản quy trình với JSON Schema của dữ liệu từng bước (documentation only: step-schemas.service.ts builds it). */
export class ProcedureVersionResponse {
  @ApiProperty({ type: String, example: 'quy-dinh-1374' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String })
  legalBasis!: string;

  @ApiProperty({ type: () => RoleLabelResponse, isArray: true, description: 'Vai trò được đăng ký vụ việc' })
  createRoles!: RoleLabelResponse[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'JSON Schema (draft-07) của `input` khi đăng ký vụ việc (POST /cases); mỗi trường, ở mọi cấp, có `title` tiếng Việt ' +
      '(và `description` khi cần giải thích), mỗi giá trị liệt kê có nhãn tiếng Việt trong `x-enumLabels`',
  })
  input!: Record<string, unknown>;

  @ApiProperty({ type: () => StepDescriptionResponse, isArray: true })
  events!: StepDescriptionResponse[];

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng trạng thái' })
  states!: Record<string, string>;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Máy trạng thái XState (nạp được vào Stately). Chuyển tiếp tự động (không cần bước nào) được liệt kê trong `transitions` ' +
      'của trạng thái, sau các chuyển tiếp theo bước, với `eventType` rỗng, `automatic: true`, `label` "Tự động" và `condition` ' +
      '(điều kiện bằng tiếng Việt, nếu có)',
  })
  definition!: Record<string, unknown>;
}
