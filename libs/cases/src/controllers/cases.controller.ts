import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { CreateCaseDto } from '../dtos/create-case.dto';
import { PageQuery } from '@hoso/core/http/page.query';
import { ListCasesQuery } from '../dtos/list-cases.query';
import { SendEventDto } from '../dtos/send-event.dto';
import { CaseCommandService } from '../services/case-command.service';
import { CaseQueryService } from '../services/case-query.service';
import { IdempotencyService } from '../services/idempotency.service';
import { caseIdParam, expectedVersion } from './request-headers';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CaseCommandService,
    private readonly queries: CaseQueryService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Tạo (đăng ký) vụ việc mới' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCaseDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const requestHash = this.idempotency.fingerprint('POST', '/cases', dto);
    const answer = await this.idempotency.run({ userId: user.id, key, requestHash, successStatus: 201 }, (m) => this.commands.create(m, user, dto));
    res.status(answer.statusCode);
    return answer.body;
  }

  @Get()
  @ApiOperation({ summary: 'Danh sách vụ việc trong phạm vi của người dùng (mới nhất trước)' })
  list(@CurrentUser() user: AuthUser, @Query() q: ListCasesQuery) {
    return this.queries.list(user, q);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Chi tiết vụ việc và các bước người dùng được thực hiện lúc này' })
  async get(@CurrentUser() user: AuthUser, @Param('id') id: string, @Res({ passthrough: true }) res: Response) {
    const view = await this.queries.view(user, caseIdParam(id));
    res.setHeader('ETag', `"${view.version}"`);
    return view;
  }

  @Post(':id/events')
  @ApiOperation({ summary: 'Thực hiện một bước xử lý (cần phiên bản hiện tại: If-Match hoặc expectedVersion)' })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async send(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() dto: SendEventDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const caseId = caseIdParam(id);
    const version = expectedVersion(ifMatch, dto.expectedVersion);
    const requestHash = this.idempotency.fingerprint('POST', `/cases/${caseId}/events`, { ...dto, expectedVersion: version });
    const answer = await this.idempotency.run({ userId: user.id, key, requestHash, successStatus: 200 }, (m) =>
      this.commands.send(m, user, {
        caseId, type: dto.type, payload: dto.payload, expectedVersion: version, separationBypassReason: dto.separationBypassReason,
      }),
    );
    res.status(answer.statusCode);
    const body = answer.body as { case?: { version?: number } };
    if (body.case?.version) res.setHeader('ETag', `"${body.case.version}"`);
    return answer.body;
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'Dòng thời gian (nhật ký không sửa được) của vụ việc' })
  timeline(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query() q: PageQuery) {
    return this.queries.timeline(user, caseIdParam(id), q.page, q.pageSize);
  }
}
