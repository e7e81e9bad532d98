import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { ReportTargetsQuery, SetReportTargetDto } from '../dtos/report-target.dto';
import { ReportTargetItemResponse } from '../dtos/responses/report-target-item.response';
import { ReportTargetListResponse } from '../dtos/responses/report-target-list.response';
import { ReportTargetsService } from '../services/report-targets.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('report-targets')
export class ReportTargetsController {
  constructor(private readonly targets: ReportTargetsService) {}

  @Get()
  @ApiOperation({ summary: 'Chỉ tiêu của các đơn vị trong phạm vi cho một năm (phiên bản đang áp dụng và các phiên bản trước)' })
  @ApiOkResponse({ type: ReportTargetListResponse })
  @ApiErrors(400, 401, 403, ErrorCode.UNIT_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Query() q: ReportTargetsQuery) {
    return this.targets.list(user, q.year, q.indicator ?? 'ADMISSIONS', q.unitId);
  }

  @Post()
  @ApiOperation({ summary: 'Văn phòng cấp ủy hoặc quản trị viên giao (hoặc điều chỉnh, nêu lý do) chỉ tiêu năm cho một đơn vị' })
  @ApiCreatedResponse({ type: ReportTargetItemResponse })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.UNIT_NOT_FOUND, ErrorCode.VERSION_CONFLICT)
  set(@CurrentUser() user: AuthUser, @Body() dto: SetReportTargetDto) {
    return this.targets.set(user, dto);
  }
}
