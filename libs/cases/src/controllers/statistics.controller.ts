import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { StatisticsQuery } from '../dtos/list-cases.query';
import { ProcedureStatisticsResponse } from '../dtos/responses/procedure-statistics.response';
import { QuyDinh1374StatisticsResponse } from '../dtos/responses/quy-dinh-1374-statistics.response';
import { StatisticsDimensionResponse } from '../dtos/responses/statistics-dimension.response';
import { StatisticsUnitCountResponse } from '../dtos/responses/statistics-unit-count.response';
import { StatisticsService } from '../services/statistics.service';
import { vietnamPeriod } from '../services/vietnam-period';

@ApiTags('statistics')
@ApiBearerAuth()
@ApiExtraModels(StatisticsDimensionResponse, StatisticsUnitCountResponse)
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly stats: StatisticsService) {}

  @Get('quy-dinh-1374')
  @ApiOperation({ summary: 'Thống kê 1374 theo kỳ [from, to) (ngày theo giờ Việt Nam) và đơn vị: tiếp nhận theo nguồn, kết quả theo nhóm' })
  @ApiOkResponse({ type: QuyDinh1374StatisticsResponse })
  @ApiErrors(400, 401, ErrorCode.UNIT_NOT_FOUND)
  quyDinh1374(@CurrentUser() user: AuthUser, @Query() q: StatisticsQuery) {
    return this.stats.quyDinh1374(user, vietnamPeriod(q), q.unitId, q.view);
  }

  @Get(':procedureId')
  @ApiOperation({ summary: 'Thống kê một quy trình theo kỳ [from, to) (ngày theo giờ Việt Nam) và đơn vị: theo nhóm kết quả và theo từng tiêu chí' })
  @ApiOkResponse({ type: ProcedureStatisticsResponse })
  @ApiErrors(400, 401, ErrorCode.PROCEDURE_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND)
  byProcedure(@CurrentUser() user: AuthUser, @Param('procedureId') procedureId: string, @Query() q: StatisticsQuery) {
    const period = vietnamPeriod(q);
    if (!/^[a-z0-9-]{1,64}$/.test(procedureId)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: procedureId.slice(0, 64) });
    return this.stats.byProcedure(user, procedureId, period, q.unitId, q.view);
  }
}
