import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { NotificationsQuery } from '../dtos/notifications.query';
import { NotificationService } from '../services/notification.service';

const idPipe = new ParseUUIDPipe({ exceptionFactory: () => new DomainError(ErrorCode.NOT_FOUND) });

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationService) {}

  @Get()
  @ApiOperation({ summary: 'Thông báo của tôi (nhắc hạn, quá hạn…), mới nhất trước' })
  list(@CurrentUser() user: AuthUser, @Query() q: NotificationsQuery) {
    return this.notifications.list(user.id, { unreadOnly: q.unread === 'true', page: q.page, pageSize: q.pageSize });
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Đánh dấu đã đọc' })
  read(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string) {
    return this.notifications.markRead(user.id, id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Gửi lại qua các kênh (thư điện tử, webhook) đã bị lỗi' })
  retry(@CurrentUser() user: AuthUser, @Param('id', idPipe) id: string) {
    return this.notifications.retryFailed(user.id, id);
  }
}
