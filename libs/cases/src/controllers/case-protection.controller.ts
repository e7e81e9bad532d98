import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
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
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.participants.list(user, caseIdParam(id));
  }

  @Post('participants')
  @ApiOperation({ summary: 'Ghi nhận người/tổ chức bị phản ánh, xung đột lợi ích hoặc người tham gia (ghi nhật ký)' })
  add(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: AddParticipantDto) {
    return this.participants.add(user, caseIdParam(id), dto);
  }

  @Get('ballot-roster')
  @ApiOperation({ summary: 'Thành viên được bỏ phiếu và tổng số tính tỷ lệ (loại người là đối tượng hoặc có xung đột lợi ích)' })
  roster(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.ballots.roster(user, caseIdParam(id));
  }
}
