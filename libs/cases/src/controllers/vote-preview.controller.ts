import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { VotePreviewDto } from '../dtos/vote-preview.dto';
import { VotePreviewResponse } from '../dtos/responses/vote-preview.response';
import { VotePreviewService } from '../services/vote-preview.service';
import { caseIdParam } from './request-headers';

/** The live arithmetic of a ballot step while its result is entered (the server's voting rules, nothing written). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id')
export class VotePreviewController {
  constructor(private readonly previews: VotePreviewService) {}

  @Post('vote-preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Xem trước kết quả biểu quyết khi đang nhập số phiếu (bước có ballot: true): tổng số và cách tính, tỷ lệ, cộng dồn, kết quả — ' +
      'tính bằng đúng quy tắc máy chủ áp dụng khi ghi nhận; không ghi gì, không đổi phiên bản',
  })
  @ApiOkResponse({ type: VotePreviewResponse, description: 'Số học của cuộc biểu quyết với nội dung đang nhập (không ghi gì)' })
  @ApiErrors(
    400, ErrorCode.UNKNOWN_EVENT, ErrorCode.NOT_A_BALLOT, 401, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.SEPARATION_OF_DUTIES, ErrorCode.CASE_NOT_FOUND,
    ErrorCode.TRANSITION_NOT_ALLOWED, ErrorCode.TRANSITION_REFUSED,
  )
  preview(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() dto: VotePreviewDto) {
    return this.previews.preview(user, caseIdParam(id), dto.type, dto.payload);
  }
}
