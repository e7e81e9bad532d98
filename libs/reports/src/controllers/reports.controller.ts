import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath, ApiExtraModels } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { contentDisposition } from '@hoso/cases/documents/content-disposition';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { REPORT_KEYS } from '../definitions/catalogue';
import { ReportQuery } from '../dtos/report.query';
import { ReportSummaryResponse } from '../dtos/responses/report-summary.response';
import { ReportResponse } from '../dtos/responses/report.response';
import { reportDocument } from '../rendering/report-document';
import { reportWorkbook } from '../rendering/report-workbook';
import { ReportsService } from '../services/reports.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const binary = { schema: { type: 'string', format: 'binary' } };

@ApiTags('reports')
@ApiBearerAuth()
@ApiExtraModels(ReportResponse)
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  @ApiOperation({ summary: 'Danh sách báo cáo định kỳ (tiêu đề tiếng Việt)' })
  @ApiOkResponse({ type: ReportSummaryResponse, isArray: true })
  @ApiErrors(401)
  list() {
    return this.reports.list();
  }

  @Get(':key')
  @ApiOperation({
    summary:
      'Một báo cáo định kỳ cho một đơn vị (tính cả đơn vị trực thuộc) và một kỳ: số liệu (JSON), tệp Excel (format=xlsx) hoặc báo cáo Word theo thể thức văn bản của Đảng (format=docx)',
  })
  @ApiParam({ name: 'key', enum: REPORT_KEYS })
  @ApiOkResponse({
    description: 'Số liệu của báo cáo, hoặc tệp Excel/Word (Content-Disposition: attachment, tên tệp tiếng Việt)',
    content: { 'application/json': { schema: { $ref: getSchemaPath(ReportResponse) } }, [XLSX]: binary, [DOCX]: binary },
  })
  @ApiErrors(400, 401, 403, ErrorCode.NOT_FOUND, ErrorCode.UNIT_NOT_FOUND)
  async get(@CurrentUser() user: AuthUser, @Param('key') key: string, @Query() q: ReportQuery, @Res({ passthrough: true }) res: Response) {
    const report = await this.reports.generate(user, key, q);
    if (!q.format || q.format === 'json') return report;
    const body = q.format === 'xlsx' ? await reportWorkbook(report) : reportDocument(report, { place: q.place });
    res.setHeader('Content-Disposition', contentDisposition(`${report.fileTitle} - ${report.period.label} - ${report.unit.name}.${q.format}`));
    res.setHeader('Cache-Control', 'no-store');
    return new StreamableFile(body, { type: q.format === 'xlsx' ? XLSX : DOCX, length: body.length });
  }
}
