import { ApiProperty } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';

/** Một vai trò và tên tiếng Việt của nó (documentation only: the controller builds the answer). */
export class RoleLabelResponse {
  @ApiProperty({ enum: Role, enumName: 'Role' })
  role!: Role;

  @ApiProperty({ type: String })
  label!: string;
}
