import { ApiProperty } from '@nestjs/swagger';
import { UserRoleResponse } from './user-role.response';

/** Một người dùng trong danh sách quản trị (documentation only: the service builds the answer). */
export class UserSummaryResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String })
  username!: string;

  @ApiProperty({ type: String })
  displayName!: string;

  @ApiProperty({ type: Boolean })
  active!: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Khóa đến (đăng nhập sai nhiều lần)' })
  lockedUntil!: string | null;

  @ApiProperty({ type: () => UserRoleResponse, isArray: true })
  roles!: UserRoleResponse[];
}
