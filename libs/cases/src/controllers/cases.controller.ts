import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags, getSchemaPath,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { SessionCheckedInWrite } from '@hoso/access/decorators/session-checked-in-write.decorator';
import { sessionChecked } from '@hoso/access/services/session-cache';
import { CreateCaseDto } from '../dtos/create-case.dto';
import { PageQuery } from '@hoso/core/http/page.query';
import { ListCasesQuery } from '../dtos/list-cases.query';
import { SendEventDto } from '../dtos/send-event.dto';
import { dryRunFlag } from '../dtos/dry-run.query';
import { CaseCommandService } from '../services/case-command.service';
import { CaseQueryService } from '../services/case-query.service';
import { IdempotencyService } from '../services/idempotency.service';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { CasePageResponse } from '../dtos/responses/case-page.response';
import { CaseViewResponse } from '../dtos/responses/case-view.response';
import { CommandResultResponse } from '../dtos/responses/command-result.response';
import { StepPreviewResponse } from '../dtos/responses/step-preview.response';
import { TimelineResponse } from '../dtos/responses/timeline.response';
import { caseIdParam, expectedVersion } from './request-headers';

const ETAG = { ETag: { description: 'Phiên bản vụ việc, ví dụ "3" (gửi lại trong If-Match)', schema: { type: 'string' } } };
const IDEMPOTENCY_KEY = 'Khóa chống gửi lặp (1–200 ký tự in được): gửi lại cùng khóa và cùng nội dung nhận lại câu trả lời đầu tiên';

@ApiTags('cases')
@ApiBearerAuth()
@ApiExtraModels(CommandResultResponse, StepPreviewResponse)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CaseCommandService,
    private readonly queries: CaseQueryService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Tạo (đăng ký) vụ việc mới' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: IDEMPOTENCY_KEY })
  @ApiCreatedResponse({ type: CommandResultResponse })
  @ApiErrors(
    400, ErrorCode.IDEMPOTENCY_KEY_INVALID, ErrorCode.PERSON_DETAILS_MISMATCH, 401, ErrorCode.ROLE_NOT_ALLOWED,
    ErrorCode.PROCEDURE_NOT_FOUND, ErrorCode.UNIT_NOT_FOUND, ErrorCode.PERSON_NOT_FOUND, ErrorCode.UNIT_ENDED, ErrorCode.IDEMPOTENCY_KEY_REUSED,
  )
  @SessionCheckedInWrite()
  async create(
    @CurrentUser() caller: AuthUser,
    @Body() dto: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    // A replayed key answers without the write that checks the session: check it first.
    const user = key === undefined ? caller : await sessionChecked(caller);
    const requestHash = this.idempotency.fingerprint('POST', '/cases', dto);
    const answer = await this.idempotency.run({ userId: user.id, key, requestHash, successStatus: 201 }, (m) => this.commands.create(m, user, dto));
    res.status(answer.statusCode);
    return answer.body;
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách vụ việc trong phạm vi của người dùng (mới nhất trước)' })
  @ApiOkResponse({ type: CasePageResponse })
  @ApiErrors(400, 401, ErrorCode.PAGE_BEYOND_COUNT)
  list(@CurrentUser() user: AuthUser, @Query() q: ListCasesQuery) {
    return this.queries.list(user, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết vụ việc và các bước người dùng được thực hiện lúc này' })
  @ApiOkResponse({ type: CaseViewResponse, headers: ETAG })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND)
  async get(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.view(user, caseIdParam(id));
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Post(':id/events')
  @ApiOperation({ summary: 'Thực hiện một bước xử lý (cần phiên bản hiện tại: If-Match hoặc expectedVersion)' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Phiên bản vụ việc đang xem, ví dụ "3" (hoặc expectedVersion trong nội dung)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: `${IDEMPOTENCY_KEY}; không dùng khi dryRun=true` })
  @ApiQuery({
    name: 'dryRun',
    required: false,
    enum: ['true', 'false'],
    description: 'true: chỉ cho biết bước sẽ làm gì (trạng thái, thời hạn, vụ việc con, thông báo), không ghi gì và không đổi phiên bản',
  })
  @ApiOkResponse({
    description: 'Kết quả bước (header ETag mang phiên bản mới); với dryRun=true là bản xem trước (StepPreviewResponse), không có ETag',
    headers: ETAG,
    schema: { oneOf: [{ $ref: getSchemaPath(CommandResultResponse) }, { $ref: getSchemaPath(StepPreviewResponse) }] },
  })
  @ApiErrors(
    400, ErrorCode.UNKNOWN_EVENT, ErrorCode.IDEMPOTENCY_KEY_INVALID, 401, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.SEPARATION_OF_DUTIES,
    ErrorCode.BYPASS_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.VERSION_CONFLICT, ErrorCode.TRANSITION_NOT_ALLOWED,
    ErrorCode.TRANSITION_REFUSED, ErrorCode.IDEMPOTENCY_KEY_REUSED, ErrorCode.VERSION_REQUIRED,
  )
  @SessionCheckedInWrite()
  async send(
    @CurrentUser() caller: AuthUser,
    @Param('id') id: string,
    @Body() dto: SendEventDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @Query('dryRun') dryRun?: string,
  ) {
    const caseId = caseIdParam(id);
    const version = expectedVersion(ifMatch, dto.expectedVersion);
    const user = key === undefined ? caller : await sessionChecked(caller);
    const cmd = { caseId, type: dto.type, payload: dto.payload, expectedVersion: version, separationBypassReason: dto.separationBypassReason };
    // A dry run writes nothing, so it consumes no Idempotency-Key and sets no ETag (the version does not move).
    if (dryRunFlag(dryRun)) {
      res.status(200);
      return this.commands.dryRun(user, cmd);
    }
    const requestHash = this.idempotency.fingerprint('POST', `/cases/${caseId}/events`, { ...dto, expectedVersion: version });
    const answer = await this.idempotency.run({ userId: user.id, key, requestHash, successStatus: 200 }, (m) => this.commands.send(m, user, cmd));
    res.status(answer.statusCode);
    const body = answer.body as { case?: { version?: number } };
    if (body.case?.version) res.setHeader('ETag', `"${body.case.version}"`);
    return answer.body;
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Dòng thời gian (nhật ký không sửa được) của vụ việc' })
  @ApiOkResponse({ type: TimelineResponse })
  @ApiErrors(400, 401, ErrorCode.CASE_NOT_FOUND)
  timeline(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() q: PageQuery) {
    return this.queries.timeline(user, caseIdParam(id), q.page, q.pageSize);
  }
}
