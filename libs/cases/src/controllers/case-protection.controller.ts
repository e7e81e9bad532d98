import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { AddParticipantDto } from '../dtos/participant.dto';
import { RevealReporterDto } from '../dtos/reporter.dto';
import { CaseBallotService } from '../services/case-ballot.service';
import { CaseParticipantService } from '../services/case-participant.service';
import { CaseQueryService } from '../services/case-query.service';
import { IdempotencyService } from '../services/idempotency.service';
import { ReporterIdentityService } from '../services/reporter-identity.service';
import { caseIdParam } from './request-headers';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { AddedParticipantResponse } from '../dtos/responses/added-participant.response';
import { BallotRosterResponse } from '../dtos/responses/ballot-roster.response';
import { ParticipantListResponse } from '../dtos/responses/participant-list.response';
import { RevealedReporterResponse } from '../dtos/responses/revealed-reporter.response';

/** The protections around a case: its reporter's sealed identity, its subjects, conflicts and named participants. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id')
export class CaseProtectionController {
  constructor(
    private readonly unitOfWork: IdempotencyService,
    private readonly cases: CaseQueryService,
    private readonly reporters: ReporterIdentityService,
    private readonly participants: CaseParticipantService,
    private readonly ballots: CaseBallotService,
  ) {}

  @Post('reporter/reveal')
  @HttpCode(200)
  @ApiOperation({ summary: 'Xem danh tính người cung cấp thông tin (cần quyền và lý do; ghi nhật ký truy cập)' })
  @ApiOkResponse({ type: RevealedReporterResponse, description: 'Danh tính đã giải mã (Cache-Control: no-store)' })
  @ApiErrors(400, 401, ErrorCode.REVEAL_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.REPORTER_NOT_FOUND, ErrorCode.REPORTER_PURGED)
  async reveal(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: RevealReporterDto, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    const caseId = caseIdParam(id);
    // The read and its access-log row commit together.
    return this.unitOfWork.transaction(async (m) => {
      const row = await this.cases.getVisible(user, caseId, m);
      return this.reporters.reveal(m, user, row, dto.reason);
    });
  }

  @Get('participants')
  @ApiOperation({ summary: 'Người, tổ chức bị phản ánh; xung đột lợi ích; người tham gia được chỉ định' })
  @ApiOkResponse({ type: ParticipantListResponse })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.participants.list(user, caseIdParam(id));
  }

  @Post('participants')
  @ApiOperation({ summary: 'Ghi nhận người/tổ chức bị phản ánh, xung đột lợi ích hoặc người tham gia (ghi nhật ký)' })
  @ApiCreatedResponse({ type: AddedParticipantResponse })
  @ApiErrors(
    400, 401, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.USER_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND,
    ErrorCode.PARTICIPANT_EXISTS,
  )
  add(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: AddParticipantDto) {
    return this.participants.add(user, caseIdParam(id), dto);
  }

  @Get('ballot-roster')
  @ApiOperation({ summary: 'Thành viên được bỏ phiếu và tổng số tính tỷ lệ (loại người là đối tượng hoặc có xung đột lợi ích)' })
  @ApiOkResponse({ type: BallotRosterResponse })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND)
  roster(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.ballots.roster(user, caseIdParam(id));
  }
}
