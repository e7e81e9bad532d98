import { ApiProperty } from '@nestjs/swagger';
import { RoleLabelResponse } from './role-label.response';

/** Một bước của quy trình, như danh sách quy trình hiển thị (documentation only: the controller builds it). */
export class ProcedureEventResponse {
  @ApiProperty({ type: String, example: 'START_SCREENING' })
  type!: string;

  @ApiProperty({ type: String })
  label!: string;

  @ApiProperty({ type: () => RoleLabelResponse, isArray: true, description: 'Vai trò được thực hiện bước' })
  roles!: RoleLabelResponse[];

  @ApiProperty({ enum: ['CASE_UNIT', 'ASSIGNED_UNIT'], description: 'Vai trò được xét tại đơn vị thụ lý hay đơn vị được giao' })
  actingUnit!: 'CASE_UNIT' | 'ASSIGNED_UNIT';
}
