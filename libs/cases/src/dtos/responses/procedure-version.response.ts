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

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema (draft-07) của `input` khi đăng ký vụ việc (POST /cases)' })
  input!: Record<string, unknown>;

  @ApiProperty({ type: () => StepDescriptionResponse, isArray: true })
  events!: StepDescriptionResponse[];

  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Tên tiếng Việt của từng trạng thái' })
  states!: Record<string, string>;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Máy trạng thái XState (nạp được vào Stately)' })
  definition!: Record<string, unknown>;
}
