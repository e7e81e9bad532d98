import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { caseIdParam } from '@hoso/cases/controllers/request-headers';
import { PageQuery } from '@hoso/core/http/page.query';
import { ExportTimelineQuery } from '../dtos/export-timeline.query';
import { CaseAccessLogService } from '../services/case-access-log.service';
import { TimelineExportService } from '../services/timeline-export.service';
import { TimelineVerifyService } from '../services/timeline-verify.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { AccessLogPageResponse } from '../dtos/access-log-page.response';
import { TimelineVerifyResponse } from '../dtos/timeline-verify.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('cases')
export class CaseAuditController {
  constructor(
    private readonly verify: TimelineVerifyService,
    private readonly accessLog: CaseAccessLogService,
    private readonly exports: TimelineExportService,
  ) {}

  @Get(':id/timeline/verify')
  @ApiOperation({ summary: 'Kiểm tra tính toàn vẹn chuỗi băm của diễn biến vụ việc (và so với mốc ký số gần nhất)' })
  @ApiOkResponse({ type: TimelineVerifyResponse })
  @ApiErrors(401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND)
  verifyTimeline(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.verify.verify(user, caseIdParam(id));
  }

  @Get(':id/access-log')
  @ApiOperation({ summary: 'Nhật ký truy cập vụ việc (kiểm toán viên, bí thư của đơn vị)' })
  @ApiOkResponse({ type: AccessLogPageResponse })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND)
  readAccessLog(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() q: PageQuery) {
    return this.accessLog.read(user, caseIdParam(id), q.page, q.pageSize);
  }

  @Get(':id/timeline/export')
  @ApiOperation({ summary: 'Xuất diễn biến vụ việc (CSV hoặc PDF) kèm kết quả kiểm tra và nhật ký truy cập' })
  @ApiOkResponse({
    description: 'Tệp CSV hoặc PDF (Content-Disposition: attachment)',
    content: { 'text/csv': { schema: { type: 'string', format: 'binary' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.EXPORT_TOO_LARGE)
  async exportTimeline(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Query() q: ExportTimelineQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const file = await this.exports.export(user, caseIdParam(id), q.format);
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
  }
}
