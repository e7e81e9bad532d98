import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@hoso/workflows';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { CalendarChangeDto } from '../dtos/calendar-change.dto';
import { CalendarYearQuery, RecomputeDto } from '../dtos/legal-time.query';
import { CalendarService } from '../services/calendar.service';
import { DeadlineRecomputeService } from '../services/deadline-recompute.service';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { CalendarVersionResponse } from '../dtos/calendar-version.response';
import { CalendarYearResponse } from '../dtos/calendar-year.response';
import { RecomputeResponse } from '../dtos/recompute.response';

/** The national calendar is managed by an administrator of a top-level unit. */
function requireTopAdmin(user: AuthUser): void {
  const ok = user.assignments.some((a) => a.role === Role.ADMIN && a.unitPath.split('/').filter(Boolean).length === 1);
  if (!ok) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
}

@ApiTags('legal time')
@ApiBearerAuth()
@Controller()
export class LegalTimeController {
  constructor(
    private readonly calendars: CalendarService,
    private readonly recompute: DeadlineRecomputeService,
  ) {}

  @Get('calendar')
  @ApiOperation({ summary: 'Lịch ngày nghỉ, ngày làm bù của một năm (phiên bản hiện hành), kèm căn cứ và năm đã có lịch chính thức hay chưa' })
  @ApiOkResponse({ type: CalendarYearResponse })
  @ApiErrors(400, 401)
  async calendar(@Query() q: CalendarYearQuery) {
    return { year: q.year, ...(await this.calendars.entriesOfYear(q.year)) };
  }

  @Post('calendar/changes')
  @ApiOperation({ summary: 'Áp dụng lịch nghỉ chính thức (có thể xác nhận năm) / sửa lịch: tạo phiên bản lịch mới (thời hạn đang mở không tự đổi)' })
  @ApiCreatedResponse({ type: CalendarVersionResponse })
  @ApiErrors(400, 401, 403)
  async change(@CurrentUser() user: AuthUser, @Body() dto: CalendarChangeDto) {
    requireTopAdmin(user);
    return { version: await this.calendars.apply(user.id, dto) };
  }

  @Post('deadlines/recompute')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tính lại các thời hạn đang mở theo lịch hiện hành (dryRun: chỉ liệt kê)' })
  @ApiOkResponse({ type: RecomputeResponse })
  @ApiErrors(400, 401, 403)
  recomputeDeadlines(@CurrentUser() user: AuthUser, @Body() dto: RecomputeDto) {
    requireTopAdmin(user);
    return this.recompute.run(user.id, { dryRun: dto.dryRun, reason: dto.reason });
  }
}
