import { ApiProperty } from '@nestjs/swagger';
import { MyAssignmentResponse } from './my-assignment.response';

/** Người dùng hiện tại (documentation only: the service builds the answer). */
export class MeResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ type: () => MyAssignmentResponse, isArray: true })
  assignments!: MyAssignmentResponse[];
}
