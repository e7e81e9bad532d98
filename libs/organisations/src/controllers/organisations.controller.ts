import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { PageQuery } from '@hoso/core/http/page.query';
import type { OrgChangePlan } from '@hoso/workflows';
import { ApplyOrgChangeDto } from '../dtos/org-change-plan.dto';
import { OrgChangeResultResponse } from '../dtos/org-change-outcome.response';
import { OrgChangePageResponse } from '../dtos/org-change-page.response';
import { OrgTreeQuery } from '../dtos/org-tree.query';
import { OrgTreeResponse } from '../dtos/org-tree.response';
import { UnitHistoryResponse } from '../dtos/unit-history.response';
import { UUID } from '../services/org-change-world';
import { OrgRepairService } from '../services/org-repair.service';
import { OrgTreeQueryService } from '../services/org-tree-query.service';

@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly queries: OrgTreeQueryService,
    private readonly repair: OrgRepairService,
  ) {}

  @Get('tree')
  @ApiOperation({ summary: 'Cây tổ chức trong phạm vi vào một ngày (tên, cấp trên theo ngày đó; tình trạng hôm nay)' })
  @ApiOkResponse({ type: OrgTreeResponse })
  @ApiErrors(400, 401)
  tree(@CurrentUser() user: AuthUser, @Query() q: OrgTreeQuery) {
    return this.queries.treeAsOf(user, q.asOf);
  }

  @Get('units/:id/history')
  @ApiOperation({ summary: 'Lịch sử một tổ chức: các giai đoạn (tên, cấp trên), tổ chức tiền thân và kế tục theo quyết định' })
  @ApiOkResponse({ type: UnitHistoryResponse })
  @ApiErrors(401, ErrorCode.UNIT_NOT_FOUND)
  history(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    if (!UUID.test(id)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { unitId: id.slice(0, 64) });
    return this.queries.history(user, id.toLowerCase());
  }

  @Get('changes')
  @ApiOperation({ summary: 'Các thay đổi tổ chức đã áp dụng (mới nhất trước), do các tổ chức trong phạm vi quyết định' })
  @ApiOkResponse({ type: OrgChangePageResponse })
  @ApiErrors(400, 401)
  changes(@CurrentUser() user: AuthUser, @Query() q: PageQuery) {
    return this.queries.changesPage(user, q.page, q.pageSize);
  }

  @Post('changes')
  @ApiOperation({
    summary:
      'Áp dụng trực tiếp một thay đổi tổ chức để sửa dữ liệu (cần vai trò ADMIN ở tổ chức ra quyết định; có lý do; ngày có hiệu lực không sau hôm nay). ' +
      'dryRun: chỉ kiểm tra và xem trước.',
  })
  @ApiCreatedResponse({ type: OrgChangeResultResponse })
  @ApiErrors(400, 401, 403, ErrorCode.UNIT_NOT_FOUND, ErrorCode.ORG_CHANGE_REFUSED, ErrorCode.VERSION_CONFLICT)
  apply(@CurrentUser() user: AuthUser, @Body() dto: ApplyOrgChangeDto) {
    return this.repair.apply(user, { deciderUnitId: dto.deciderUnitId, plan: dto.plan as OrgChangePlan, reason: dto.reason, dryRun: dto.dryRun });
  }
}
