import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { OutboxSentDto } from '../dtos/outbox-sent.dto';
import { CaseOutboxService } from '../notices/case-outbox.service';
import { caseIdParam } from './request-headers';
import { ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { OutboxItemResponse } from '../dtos/responses/outbox-item.response';
import { OutboxListResponse } from '../dtos/responses/outbox-list.response';

/** The notices of a case sent by hand (to the reporter, to a unit nobody in the system holds the roles of). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/outbox')
export class CaseOutboxController {
  constructor(private readonly outbox: CaseOutboxService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo cần gửi ngoài hệ thống (người phản ánh, đơn vị chưa có người dùng): đối tượng, mẫu, trạng thái' })
  @ApiOkResponse({ type: OutboxListResponse })
  @ApiErrors(401, ErrorCode.CASE_NOT_FOUND)
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.outbox.list(user, caseIdParam(id));
  }

  @Post(':itemId/sent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Văn phòng cấp ủy / Tổ công tác ghi nhận đã gửi thông báo, kèm ghi chú và văn bản trong hồ sơ (ghi nhật ký)' })
  @ApiOkResponse({ type: OutboxItemResponse, description: 'Thông báo sau khi ghi nhận đã gửi' })
  @ApiErrors(
    400, 401, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.CASE_NOT_FOUND, ErrorCode.OUTBOX_ITEM_NOT_FOUND, ErrorCode.ATTACHMENT_NOT_FOUND,
    ErrorCode.OUTBOX_ITEM_ALREADY_SENT,
  )
  markSent(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('itemId') itemId: string, @Body() dto: OutboxSentDto) {
    return this.outbox.markSent(user, caseIdParam(id), itemId, dto.note, dto.attachmentId ?? null);
  }
}
