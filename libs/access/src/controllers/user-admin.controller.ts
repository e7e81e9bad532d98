import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { userIdPipe } from './user-id.pipe';
import { AccountChangeDto, UsersPageQuery } from '../dtos/admin.dto';
import { UserAdminService } from '../services/user-admin.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { AccountStatusResponse } from '../dtos/account-status.response';
import { AccountUnlockResponse } from '../dtos/account-unlock.response';
import { UserPageResponse } from '../dtos/user-page.response';

@ApiTags('administration')
@ApiBearerAuth()
@Controller('users')
export class UserAdminController {
  constructor(private readonly users: UserAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Người dùng có vai trò trong phạm vi của bạn (và, với quản trị viên, người dùng chưa có vai trò)' })
  @ApiOkResponse({ type: UserPageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: UsersPageQuery) {
    return this.users.list(user, q.page, q.pageSize, q.q);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Vô hiệu hóa tài khoản (cần ADMIN trên mọi đơn vị người đó có vai trò); mọi phiên đăng nhập kết thúc ngay' })
  @ApiOkResponse({ type: AccountStatusResponse })
  @ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND, ErrorCode.CANNOT_DEACTIVATE_SELF)
  deactivate(@CurrentUser() user: AuthUser, @Param('id', userIdPipe) id: string, @Body() dto: AccountChangeDto) {
    return this.users.deactivate(user, id, dto.reason);
  }

  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Kích hoạt lại tài khoản đã vô hiệu hóa' })
  @ApiOkResponse({ type: AccountStatusResponse })
  @ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND)
  activate(@CurrentUser() user: AuthUser, @Param('id', userIdPipe) id: string, @Body() dto: AccountChangeDto) {
    return this.users.activate(user, id, dto.reason);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mở khóa tài khoản bị khóa do đăng nhập sai nhiều lần' })
  @ApiOkResponse({ type: AccountUnlockResponse })
  @ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND)
  unlock(@CurrentUser() user: AuthUser, @Param('id', userIdPipe) id: string, @Body() dto: AccountChangeDto) {
    return this.users.unlock(user, id, dto.reason);
  }
}
