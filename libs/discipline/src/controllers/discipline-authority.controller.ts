import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { AdminPageQuery } from '@hoso/core/http/page.query';
import { AuthorityOverrideDto } from '../dtos/authority.dto';
import { AuthorityAdminService } from '../services/authority-admin.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { AuthorityOverrideResponse } from '../dtos/authority-override.response';
import { AuthorityPageResponse } from '../dtos/authority-page.response';

@ApiTags('discipline')
@ApiBearerAuth()
@Controller('discipline/authority')
export class DisciplineAuthorityController {
  constructor(private readonly authority: AuthorityAdminService) {}

  @Get()
  @ApiOperation({ summary: 'Bảng thẩm quyền thi hành kỷ luật (cơ quan, cấp, đối tượng, hình thức; căn cứ và độ tin cậy)' })
  @ApiOkResponse({ type: AuthorityPageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: AdminPageQuery) {
    return this.authority.list(user, q.page, q.pageSize);
  }

  @Post('overrides')
  @ApiOperation({ summary: 'Cấp ủy điền hoặc điều chỉnh một ô của bảng thẩm quyền cho đơn vị mình và cấp dưới (nêu lý do)' })
  @ApiCreatedResponse({ type: AuthorityOverrideResponse })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.UNIT_NOT_FOUND)
  override(@CurrentUser() user: AuthUser, @Body() dto: AuthorityOverrideDto) {
    return this.authority.override(user, dto);
  }
}
