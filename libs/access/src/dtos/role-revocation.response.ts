import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';

/** Kết quả thu hồi vai trò (documentation only: the service builds the answer). */
export class RoleRevocationResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  userId!: string;

  @ApiProperty({ type: String, format: 'uuid' })
  unitId!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ type: Boolean, description: 'Luôn true (không có vai trò này: 404)' })
  revoked!: boolean;
}
