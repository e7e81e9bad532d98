import { ApiProperty } from '@nestjs/swagger';
import { LoginUserResponse } from './login-user.response';

/** Kết quả đăng nhập (documentation only: the service builds the answer). */
export class LoginResponse {
  @ApiProperty({ type: () => LoginUserResponse })
  user!: LoginUserResponse;

  @ApiProperty({ type: String, description: 'Mã truy cập (Bearer), ngắn hạn' })
  accessToken!: string;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';

  @ApiProperty({ type: 'integer', description: 'Số giây mã truy cập còn hiệu lực' })
  expiresIn!: number;

  @ApiProperty({ type: String, description: 'Mã làm mới, dùng được một lần' })
  refreshToken!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  refreshExpiresAt!: string;
}
