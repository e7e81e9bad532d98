import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { CreatePersonDto, PersonSearchQuery } from '../dtos/person.dto';
import { PersonDirectoryService } from '../services/person-directory.service';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { PersonPageResponse } from '../dtos/person-page.response';
import { PersonResponse } from '../dtos/person.response';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('people')
@ApiBearerAuth()
@Controller('people')
export class PeopleController {
  constructor(private readonly people: PersonDirectoryService) {}

  @Post()
  @ApiOperation({ summary: 'Tạo hồ sơ cá nhân (người xin vào Đảng, đảng viên) do đơn vị quản lý' })
  @ApiCreatedResponse({ type: PersonResponse })
  @ApiErrors(400, 401, 403, ErrorCode.ROLE_NOT_ALLOWED, ErrorCode.UNIT_NOT_FOUND)
  create(@CurrentUser() user: AuthUser, @Body() dto: CreatePersonDto) {
    return this.people.create(user, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Tìm hồ sơ cá nhân trong phạm vi (theo họ tên), có phân trang' })
  @ApiOkResponse({ type: PersonPageResponse })
  @ApiErrors(400, 401)
  search(@CurrentUser() user: AuthUser, @Query() q: PersonSearchQuery) {
    return this.people.search(user, q.q, q.page, q.pageSize);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Hồ sơ cá nhân: tình trạng đảng viên, lịch sử, các vụ việc liên quan được phép xem' })
  @ApiOkResponse({ type: PersonResponse })
  @ApiErrors(401, ErrorCode.PERSON_NOT_FOUND)
  get(@CurrentUser() user: AuthUser, @Param('id') id: string) {
    if (!UUID.test(id)) throw new DomainError(ErrorCode.PERSON_NOT_FOUND, { personId: id.slice(0, 64) });
    return this.people.get(user, id.toLowerCase());
  }
}
