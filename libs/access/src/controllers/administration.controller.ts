import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../decorators/current-user.decorator';
import { userIdPipe } from './user-id.pipe';
import { AdminPageQuery } from '@hoso/core/http/page.query';
import { AssignRoleDto, CreateOrgUnitDto, CreateUserDto } from '../dtos/admin.dto';
import { AdministrationService } from '../services/administration.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { CreatedUserResponse } from '../dtos/created-user.response';
import { OrgUnitPageResponse } from '../dtos/org-unit-page.response';
import { OrgUnitResponse } from '../dtos/org-unit.response';
import { RoleAssignmentResponse } from '../dtos/role-assignment.response';
import { RoleRevocationResponse } from '../dtos/role-revocation.response';

@ApiTags('administration')
@ApiBearerAuth()
@Controller()
export class AdministrationController {
  constructor(private readonly admin: AdministrationService) {}

  @Get('org-units')
  @ApiOperation({ summary: 'Các đơn vị trong phạm vi của người dùng (theo cây tổ chức)' })
  @ApiOkResponse({ type: OrgUnitPageResponse })
  @ApiErrors(400, 401)
  units(@CurrentUser() user: AuthUser, @Query() q: AdminPageQuery) {
    return this.admin.listUnits(user, q.page, q.pageSize);
  }

  @Post('org-units')
  @ApiOperation({ summary: 'Tạo đơn vị trực thuộc (cần vai trò ADMIN ở đơn vị cấp trên)' })
  @ApiCreatedResponse({ type: OrgUnitResponse })
  @ApiErrors(400, 401, 403, ErrorCode.UNIT_NOT_FOUND, ErrorCode.UNIT_CODE_TAKEN, ErrorCode.UNIT_ENDED)
  createUnit(@CurrentUser() user: AuthUser, @Body() dto: CreateOrgUnitDto) {
    return this.admin.createUnit(user, dto);
  }

  @Post('users')
  @ApiOperation({ summary: 'Tạo người dùng (cần vai trò ADMIN)' })
  @ApiCreatedResponse({ type: CreatedUserResponse })
  @ApiErrors(400, ErrorCode.PASSWORD_POLICY, 401, 403, ErrorCode.USERNAME_TAKEN)
  createUser(@CurrentUser() user: AuthUser, @Body() dto: CreateUserDto) {
    return this.admin.createUser(user, dto);
  }

  @Post('users/:id/roles')
  @ApiOperation({ summary: 'Giao vai trò tại một đơn vị (cần vai trò ADMIN ở đơn vị đó hoặc cấp trên)' })
  @ApiCreatedResponse({ type: RoleAssignmentResponse })
  @ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND, ErrorCode.UNIT_ENDED)
  assign(@CurrentUser() user: AuthUser, @Param('id', userIdPipe) id: string, @Body() dto: AssignRoleDto) {
    return this.admin.assignRole(user, id, dto);
  }

  @Post('users/:id/roles/revoke')
  @HttpCode(200)
  @ApiOperation({ summary: 'Thu hồi vai trò tại một đơn vị' })
  @ApiOkResponse({ type: RoleRevocationResponse })
  @ApiErrors(400, 401, 403, ErrorCode.USER_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND, ErrorCode.NOT_FOUND)
  revoke(@CurrentUser() user: AuthUser, @Param('id', userIdPipe) id: string, @Body() dto: AssignRoleDto) {
    return this.admin.revokeRole(user, id, dto);
  }
}
