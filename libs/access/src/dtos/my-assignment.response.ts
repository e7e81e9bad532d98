import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';

/** Một vai trò của người dùng tại một đơn vị (documentation only: the service builds the answer). */
export class MyAssignmentResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  unitId!: string;

  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ type: String, description: 'Tên vai trò tiếng Việt' })
  roleLabel!: string;
}
