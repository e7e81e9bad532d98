import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { LegalInstrumentDto } from '../dtos/legal-instrument.dto';
import { LegalInstrumentPageResponse } from '../dtos/legal-instrument-page.response';
import { LegalInstrumentQuery } from '../dtos/legal-instrument.query';
import { LegalInstrumentResponse } from '../dtos/legal-instrument.response';
import { LegalInstrumentService } from '../services/legal-instrument.service';
import { requireTopAdmin } from './rules.controller';

@ApiTags('legal time')
@ApiBearerAuth()
@Controller('legal-instruments')
export class LegalInstrumentsController {
  constructor(private readonly instruments: LegalInstrumentService) {}

  @Get()
  @ApiOperation({ summary: 'Danh mục văn bản pháp lý (số, ngày, cơ quan ban hành, văn bản thay thế, độ tin cậy)' })
  @ApiOkResponse({ type: LegalInstrumentPageResponse })
  @ApiErrors(400, 401)
  list(@Query() q: LegalInstrumentQuery) {
    return this.instruments.list({ code: q.code, confidence: q.confidence }, q.page, q.pageSize);
  }

  @Post()
  @ApiOperation({ summary: 'Đăng ký một văn bản pháp lý (quản trị đơn vị cấp cao nhất; bắt buộc nêu lý do, ghi nhật ký)' })
  @ApiCreatedResponse({ type: LegalInstrumentResponse })
  @ApiErrors(400, 401, 403, ErrorCode.LEGAL_INSTRUMENT_CODE_TAKEN)
  create(@CurrentUser() user: AuthUser, @Body() dto: LegalInstrumentDto) {
    requireTopAdmin(user);
    const { reason, ...input } = dto;
    return this.instruments.create(
      user.id,
      {
        code: input.code.trim(), title: input.title, issuer: input.issuer, issuedOn: input.issuedOn ?? null, effectiveFrom: input.effectiveFrom ?? null,
        replaces: input.replaces ?? [], confidence: input.confidence, sourceRef: input.sourceRef, notes: input.notes ?? null,
      },
      reason,
    );
  }
}
