import { Controller, Get, Query } from '@nestjs/common';
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
}
