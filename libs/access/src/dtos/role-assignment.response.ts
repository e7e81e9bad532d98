import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';

/** Vai trò vừa giao (documentation only: the service builds the answer). */
export class RoleAssignmentResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  unitId!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;
}
