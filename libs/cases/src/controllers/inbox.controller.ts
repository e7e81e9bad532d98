import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { AwaitingMeQuery, InboxQuery } from '../dtos/inbox.query';
import { CaseInboxService } from '../services/case-inbox.service';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { AwaitingMePageResponse } from '../dtos/responses/awaiting-me-page.response';
import { InboxPageResponse } from '../dtos/responses/inbox-page.response';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: CaseInboxService) {}

  @Get()
  @ApiOperation({
    summary:
      'Hộp việc: vụ việc theo thời hạn gần nhất, chỉ quá hạn, đến hạn trong N ngày làm việc, hoặc đang chờ đơn vị được giao ' +
      'báo cáo; lọc theo đơn vị, quy trình, trạng thái',
  })
  @ApiOkResponse({ type: InboxPageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: InboxQuery) {
    return this.inbox.list(user, q);
  }

  @Get('awaiting-me')
  @ApiOperation({
    summary:
      'Việc chờ tôi quyết định: vụ việc đang mở trong phạm vi mà người dùng được thực hiện ít nhất một bước lúc này ' +
      '(như availableEvents của GET /cases/{id}); hạn sớm nhất trước, vụ việc không có hạn sau cùng, rồi theo ngày tiếp nhận',
  })
  @ApiOkResponse({ type: AwaitingMePageResponse })
  @ApiErrors(400, 401)
  awaitingMe(@CurrentUser() user: AuthUser, @Query() q: AwaitingMeQuery) {
    return this.inbox.awaitingMe(user, q);
  }
}
