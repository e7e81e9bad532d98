import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLE_LABELS } from '@hoso/workflows';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { Public } from '../decorators/public.decorator';
import { LoginDto } from '../dtos/login.dto';
import { AuthService } from '../services/auth.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập, nhận mã truy cập (Bearer)' })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.username, dto.password);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Người dùng hiện tại và vai trò theo đơn vị' })
  me(@CurrentUser() user: AuthUser) {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      assignments: user.assignments.map((a) => ({ unitId: a.unitId, role: a.role, roleLabel: ROLE_LABELS[a.role] })),
    };
  }
}
