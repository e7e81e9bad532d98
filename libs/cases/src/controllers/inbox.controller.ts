import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { InboxQuery } from '../dtos/inbox.query';
import { CaseInboxService } from '../services/case-inbox.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(private readonly inbox: CaseInboxService) {}

  @Get()
  @ApiOperation({ summary: 'Hộp việc: vụ việc theo thời hạn gần nhất, chỉ quá hạn, hoặc đến hạn trong N ngày làm việc' })
  list(@CurrentUser() user: AuthUser, @Query() q: InboxQuery) {
    return this.inbox.list(user, q);
  }
}
