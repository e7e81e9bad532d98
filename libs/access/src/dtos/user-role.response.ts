import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';

/** Một vai trò của người dùng (documentation only: the service builds the answer). */
export class UserRoleResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  unitId!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;
}
