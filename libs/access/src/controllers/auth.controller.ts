import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ROLE_LABELS } from '@hoso/workflows';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { Public } from '../decorators/public.decorator';
import { SessionId } from '../decorators/session-id.decorator';
import { ChangePasswordDto, LoginDto, RefreshDto } from '../dtos/login.dto';
import { LoginRateLimitGuard } from '../guards/login-rate-limit.guard';
import { AuthService } from '../services/auth.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { LoginResponse } from '../dtos/login.response';
import { MeResponse } from '../dtos/me.response';
import { TokenPairResponse } from '../dtos/token-pair.response';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginRateLimitGuard)
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập: nhận mã truy cập (Bearer, ngắn hạn) và mã làm mới',
    description: 'Sai mật khẩu nhiều lần liên tiếp: tài khoản bị khóa tạm thời (423 ACCOUNT_LOCKED). Quá nhiều yêu cầu từ một địa chỉ: 429.',
  })
  @ApiOkResponse({ type: LoginResponse })
  @ApiErrors(400, ErrorCode.INVALID_CREDENTIALS, ErrorCode.ACCOUNT_LOCKED, 429)
  @ApiSecurity({})
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.username, dto.password);
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đổi mã làm mới lấy mã truy cập mới và mã làm mới mới (mã cũ hết hiệu lực)' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiErrors(400, ErrorCode.REFRESH_TOKEN_INVALID)
  @ApiSecurity({})
  refresh(@Body() dto: RefreshDto) {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Đăng xuất: thu hồi phiên hiện tại (mã truy cập và mã làm mới)' })
  @ApiNoContentResponse({ description: 'Đã đăng xuất' })
  @ApiErrors(401)
  async logout(@CurrentUser() user: AuthUser, @SessionId() sessionId: string): Promise<void> {
    await this.auth.logout(user.id, sessionId);
  }

  @Post('me/password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Đổi mật khẩu của chính mình',
    description: 'Cần mật khẩu hiện tại (sai nhiều lần: tài khoản bị khóa như khi đăng nhập sai). Các phiên đăng nhập khác kết thúc; phiên hiện tại vẫn dùng được.',
  })
  @ApiNoContentResponse({ description: 'Đã đổi mật khẩu' })
  @ApiErrors(400, ErrorCode.PASSWORD_POLICY, ErrorCode.CURRENT_PASSWORD_WRONG, ErrorCode.PASSWORD_UNCHANGED, 401, ErrorCode.ACCOUNT_LOCKED)
  async changePassword(@CurrentUser() user: AuthUser, @SessionId() sessionId: string, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(user, sessionId, dto.currentPassword, dto.newPassword);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại và vai trò theo đơn vị' })
  @ApiOkResponse({ type: MeResponse })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthUser) {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      assignments: user.assignments.map((a) => ({ unitId: a.unitId, role: a.role, roleLabel: ROLE_LABELS[a.role] })),
    };
  }
}
