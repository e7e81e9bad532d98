import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ManualDueDto } from '../dtos/manual-due.dto';
import { CaseDeadlineService } from '../services/case-deadline.service';
import { caseIdParam } from './request-headers';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { DeadlineExplanationResponse } from '../dtos/responses/deadline-explanation.response';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/deadlines/:key')
export class CaseDeadlinesController {
  constructor(private readonly deadlines: CaseDeadlineService) {}

  @Get('explanation')
  @ApiOperation({ summary: 'Cách tính thời hạn: mốc bắt đầu, quy tắc và căn cứ, số ngày tính, ngày bỏ qua và lý do, hạn, điều chỉnh' })
  @ApiOkResponse({ type: DeadlineExplanationResponse })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND, ErrorCode.DEADLINE_NOT_FOUND)
  explain(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('key') key: string) {
    return this.deadlines.explain(user, caseIdParam(id), key.slice(0, 64));
  }

  @Post('due')
  @ApiOperation({ summary: 'Bí thư đặt hạn thủ công khi quy định chưa có thời hạn (ghi nhật ký)' })
  @ApiCreatedResponse({ type: DeadlineExplanationResponse, description: 'Thời hạn sau khi đặt hạn (như GET …/explanation)' })
  @ApiErrors(
    400, 401, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.DEADLINE_NOT_FOUND, ErrorCode.DEADLINE_HAS_LEGAL_DUE,
    ErrorCode.DEADLINE_NOT_OPEN,
  )
  setDue(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('key') key: string, @Body() dto: ManualDueDto) {
    return this.deadlines.setManualDue(user, caseIdParam(id), key.slice(0, 64), dto.dueDate, dto.reason);
  }
}
