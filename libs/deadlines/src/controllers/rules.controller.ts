import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';
import { holdsTopLevelRole, type AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { LegalRulePageResponse } from '../dtos/legal-rule-page.response';
import { RuleConfirmDto } from '../dtos/rule-confirm.dto';
import { RuleConfirmResponse } from '../dtos/rule-confirm.response';
import { RuleListQuery } from '../dtos/rule-list.query';
import { RuleOverrideDto } from '../dtos/rule-override.dto';
import { RuleOverrideResponse } from '../dtos/rule-override.response';
import { RuleResolveQuery } from '../dtos/rule-resolve.query';
import { RuleResolvedResponse } from '../dtos/rule-resolved.response';
import { RuleVersionDto } from '../dtos/rule-version.dto';
import { RuleVersionResponse } from '../dtos/rule-version.response';
import { RuleAdminService } from '../services/rule-admin.service';
import { RuleVersionService } from '../services/rule-version.service';

/** A rule id in the path: anything but a UUID names no rule. */
const ruleIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new DomainError(ErrorCode.RULE_NOT_FOUND) });

/** General rule versions change the law for everyone: an administrator of a top-level unit only. */
export function requireTopAdmin(user: AuthUser): void {
  if (!holdsTopLevelRole(user, Role.ADMIN)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
}

@ApiTags('legal time')
@ApiBearerAuth()
@Controller('rules')
export class RulesController {
  constructor(
    private readonly rules: RuleAdminService,
    private readonly versions: RuleVersionService,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Mọi giá trị pháp lý (thời hạn, số lượng, tỷ lệ, danh sách, bảng) kèm căn cứ, nguồn, độ tin cậy, ngày hiệu lực và các điều chỉnh trong phạm vi',
  })
  @ApiOkResponse({ type: LegalRulePageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: RuleListQuery) {
    return this.rules.list(user, { key: q.key, asOf: q.asOf, confidence: q.confidence }, q.page, q.pageSize);
  }

  @Get('resolve')
  @ApiOperation({ summary: 'Quy tắc áp dụng cho một đơn vị vào một ngày, và vì sao (dòng nào, điều chỉnh nào hết áp dụng)' })
  @ApiOkResponse({ type: RuleResolvedResponse })
  @ApiErrors(400, 401, ErrorCode.UNIT_NOT_FOUND, ErrorCode.RULE_NOT_FOUND)
  resolve(@CurrentUser() user: AuthUser, @Query() q: RuleResolveQuery) {
    return this.rules.resolve(user, q.key, q.unitId, q.date);
  }

  @Post('versions')
  @ApiOperation({
    summary:
      'Phiên bản quy tắc chung mới (văn bản mới) từ một ngày: thay thế phiên bản trước, tính lại các thời hạn đang mở bắt đầu từ ngày đó; dryRun: chỉ báo cáo',
  })
  @ApiCreatedResponse({ type: RuleVersionResponse })
  @ApiErrors(400, 401, 403, ErrorCode.LEGAL_INSTRUMENT_NOT_FOUND, ErrorCode.RULE_VERSION_OVERLAP)
  createVersion(@CurrentUser() user: AuthUser, @Body() dto: RuleVersionDto) {
    requireTopAdmin(user);
    const { reason, dryRun, ...input } = dto;
    return this.versions.create(user.id, input, { dryRun: dryRun ?? false, reason });
  }

  @Post('overrides')
  @ApiOperation({ summary: 'Cấp ủy điều chỉnh một quy tắc cho đơn vị mình và cấp dưới (người được phép: quy tắc RULE_OVERRIDE.ROLES; bắt buộc nêu lý do)' })
  @ApiCreatedResponse({ type: RuleOverrideResponse })
  @ApiErrors(400, 401, 403, ErrorCode.RULE_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND)
  override(@CurrentUser() user: AuthUser, @Body() dto: RuleOverrideDto) {
    return this.rules.override(user, dto);
  }

  @Post(':id/confirm')
  @ApiOperation({ summary: 'Cấp ủy xác nhận lại một điều chỉnh sau khi có quy tắc chung mới (hoặc quản trị cấp cao nhất xác nhận một quy tắc chung)' })
  @ApiCreatedResponse({ type: RuleConfirmResponse })
  @ApiErrors(400, 401, 403, ErrorCode.RULE_NOT_FOUND)
  confirm(@CurrentUser() user: AuthUser, @Param('id', ruleIdPipe) id: string, @Body() dto: RuleConfirmDto) {
    return this.rules.confirm(user, id, dto.reason);
  }
}
