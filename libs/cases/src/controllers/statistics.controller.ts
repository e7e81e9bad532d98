import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { StatisticsQuery } from '../dtos/list-cases.query';
import { StatisticsService } from '../services/statistics.service';
import { vietnamPeriod } from '../services/vietnam-period';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly stats: StatisticsService) {}

  @Get('quy-dinh-1374')
  @ApiOperation({ summary: 'Thống kê 1374 theo kỳ [from, to) (ngày theo giờ Việt Nam) và đơn vị: tiếp nhận theo nguồn, kết quả theo nhóm' })
  quyDinh1374(@CurrentUser() user: AuthUser, @Query() q: StatisticsQuery) {
    return this.stats.quyDinh1374(user, vietnamPeriod(q), q.unitId);
  }

  @Get(':procedureId')
  @ApiOperation({ summary: 'Thống kê một quy trình theo kỳ [from, to) (ngày theo giờ Việt Nam) và đơn vị: theo nhóm kết quả và theo từng tiêu chí' })
  byProcedure(@CurrentUser() user: AuthUser, @Param('procedureId') procedureId: string, @Query() q: StatisticsQuery) {
    const period = vietnamPeriod(q);
    if (!/^[a-z0-9-]{1,64}$/.test(procedureId)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: procedureId.slice(0, 64) });
    return this.stats.byProcedure(user, procedureId, period, q.unitId);
  }
}
