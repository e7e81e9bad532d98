import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { caseIdParam } from '@hoso/cases/controllers/request-headers';
import { PageQuery } from '@hoso/core/http/page.query';
import { ExportTimelineQuery } from '../dtos/export-timeline.query';
import { CaseAccessLogService } from '../services/case-access-log.service';
import { TimelineExportService } from '../services/timeline-export.service';
import { TimelineVerifyService } from '../services/timeline-verify.service';

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
  verifyTimeline(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.verify.verify(user, caseIdParam(id));
  }

  @Get(':id/access-log')
  @ApiOperation({ summary: 'Nhật ký truy cập vụ việc (kiểm toán viên, bí thư của đơn vị)' })
  readAccessLog(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() q: PageQuery) {
    return this.accessLog.read(user, caseIdParam(id), q.page, q.pageSize);
  }

  @Get(':id/timeline/export')
  @ApiOperation({ summary: 'Xuất diễn biến vụ việc (CSV hoặc PDF) kèm kết quả kiểm tra và nhật ký truy cập' })
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
