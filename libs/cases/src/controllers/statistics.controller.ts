import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { StatisticsQuery } from '../dtos/list-cases.query';
import { StatisticsService } from '../services/statistics.service';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly stats: StatisticsService) {}

  @Get('quy-dinh-1374')
  @ApiOperation({ summary: 'Thống kê 1374 theo kỳ [from, to) và đơn vị: tiếp nhận theo nguồn, kết quả theo nhóm' })
  quyDinh1374(@CurrentUser() user: AuthUser, @Query() q: StatisticsQuery) {
    if (q.to <= q.from) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'to', constraint: 'min', message: 'phải sau ngày bắt đầu (from)' }] });
    }
    return this.stats.quyDinh1374(user, q.from, q.to, q.unitId);
  }

  @Get(':procedureId')
  @ApiOperation({ summary: 'Thống kê một quy trình theo kỳ [from, to) và đơn vị: theo nhóm kết quả và theo từng tiêu chí' })
  byProcedure(@CurrentUser() user: AuthUser, @Param('procedureId') procedureId: string, @Query() q: StatisticsQuery) {
    if (q.to <= q.from) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'to', constraint: 'min', message: 'phải sau ngày bắt đầu (from)' }] });
    }
    if (!/^[a-z0-9-]{1,64}$/.test(procedureId)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: procedureId.slice(0, 64) });
    return this.stats.byProcedure(user, procedureId, q.from, q.to, q.unitId);
  }
}
