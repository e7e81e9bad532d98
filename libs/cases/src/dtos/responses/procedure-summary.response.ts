import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';
import { ProcedureEventResponse } from './procedure-event.response';

/** Một phiên bản quy trình trong danh sách (documentation only: the controller builds the answer). */
export class ProcedureSummaryResponse {
  @ApiProperty({ type: String, example: 'quy-dinh-1374' })
  id!: string;

  @ApiProperty({ type: 'integer' })
  version!: number;

  @ApiProperty({ type: String })
  title!: string;

  @ApiProperty({ type: String, description: 'Căn cứ pháp lý' })
  legalBasis!: string;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, description: 'Vai trò được đăng ký vụ việc' })
  createRoles!: Role[];

  @ApiProperty({ type: Boolean, description: 'Vụ việc bắt đầu từ thông tin một người cung cấp: khi đăng ký, nhận danh tính người đó (được bảo mật)' })
  takesReporter!: boolean;

  @ApiProperty({ type: () => ProcedureEventResponse, isArray: true })
  events!: ProcedureEventResponse[];

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

  @ApiProperty({ type: String, example: '/procedures/quy-dinh-1374/versions/1', description: 'Nơi có JSON Schema của dữ liệu từng bước' })
  schemaUrl!: string;
}
