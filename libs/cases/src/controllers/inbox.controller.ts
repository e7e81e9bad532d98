import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { InboxQuery } from '../dtos/inbox.query';
import { CaseInboxService } from '../services/case-inbox.service';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { InboxPageResponse } from '../dtos/responses/inbox-page.response';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: CaseInboxService) {}

  @Get()
  @ApiOperation({ summary: 'Hộp việc: vụ việc theo thời hạn gần nhất, chỉ quá hạn, hoặc đến hạn trong N ngày làm việc' })
  @ApiOkResponse({ type: InboxPageResponse })
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthUser, @Query() q: InboxQuery) {
    return this.inbox.list(user, q);
  }
}
