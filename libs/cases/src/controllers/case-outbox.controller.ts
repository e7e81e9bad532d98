import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { OutboxSentDto } from '../dtos/outbox-sent.dto';
import { CaseOutboxService } from '../notices/case-outbox.service';
import { caseIdParam } from './request-headers';

/** The notices of a case sent by hand (to the reporter, to a unit nobody in the system holds the roles of). */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/outbox')
export class CaseOutboxController {
  constructor(private readonly outbox: CaseOutboxService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo cần gửi ngoài hệ thống (người phản ánh, đơn vị chưa có người dùng): đối tượng, mẫu, trạng thái' })
  list(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    return this.outbox.list(user, caseIdParam(id));
  }

  @Post(':itemId/sent')
  @HttpCode(200)
  @ApiOperation({ summary: 'Văn phòng cấp ủy / Tổ công tác ghi nhận đã gửi thông báo, kèm ghi chú và văn bản trong hồ sơ (ghi nhật ký)' })
  markSent(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('itemId') itemId: string, @Body() dto: OutboxSentDto) {
    return this.outbox.markSent(user, caseIdParam(id), itemId, dto.note, dto.attachmentId ?? null);
  }
}
