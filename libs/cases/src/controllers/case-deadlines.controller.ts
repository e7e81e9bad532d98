import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ManualDueDto } from '../dtos/manual-due.dto';
import { CaseDeadlineService } from '../services/case-deadline.service';
import { caseIdParam } from './request-headers';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/deadlines/:key')
export class CaseDeadlinesController {
  constructor(private readonly deadlines: CaseDeadlineService) {}

  @Get('explanation')
  @ApiOperation({ summary: 'Cách tính thời hạn: mốc bắt đầu, quy tắc và căn cứ, số ngày tính, ngày bỏ qua và lý do, hạn, điều chỉnh' })
  explain(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('key') key: string) {
    return this.deadlines.explain(user, caseIdParam(id), key.slice(0, 64));
  }

  @Post('due')
  @ApiOperation({ summary: 'Bí thư đặt hạn thủ công khi quy định chưa có thời hạn (ghi nhật ký)' })
  setDue(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('key') key: string, @Body() dto: ManualDueDto) {
    return this.deadlines.setManualDue(user, caseIdParam(id), key.slice(0, 64), dto.dueDate, dto.reason);
  }
}
