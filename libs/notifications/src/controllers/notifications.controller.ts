import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { NotificationsQuery } from '../dtos/notifications.query';
import { NotificationService } from '../services/notification.service';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { NotificationPageResponse } from '../dtos/notification-page.response';
import { NotificationReadResponse } from '../dtos/notification-read.response';
import { NotificationRetryResponse } from '../dtos/notification-retry.response';

const idPipe = new ParseUUIDPipe({ exceptionFactory: () => new DomainError(ErrorCode.NOT_FOUND) });

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của tôi (nhắc hạn, quá hạn…), mới nhất trước' })
  @ApiOkResponse({ type: NotificationPageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationsQuery) {
    return this.notifications.list(user.id, { unreadOnly: q.unread === 'true', page: q.page, pageSize: q.pageSize });
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu đã đọc' })
  @ApiOkResponse({ type: NotificationReadResponse })
  @ApiErrors(401, ErrorCode.NOT_FOUND)
  read(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string) {
    return this.notifications.markRead(user.id, id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại qua các kênh (thư điện tử, webhook) đã bị lỗi' })
  @ApiOkResponse({ type: NotificationRetryResponse })
  @ApiErrors(401, ErrorCode.NOT_FOUND, ErrorCode.NOTHING_TO_RETRY)
  retry(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string) {
    return this.notifications.retryFailed(user.id, id);
  }
}
