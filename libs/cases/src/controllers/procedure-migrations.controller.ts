import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@hoso/access/auth-user';
import { CurrentUser } from '@hoso/access/decorators/current-user.decorator';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { VersionMigrationDto } from '../dtos/version-migration.dto';
import { VersionMigrationResponse } from '../dtos/responses/version-migration.response';
import { ProcedureMigrationService } from '../services/procedure-migration.service';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('procedures')
export class ProcedureMigrationsController {
  constructor(private readonly migrations: ProcedureMigrationService) {}

  @Post(':id/versions/:version/migrations')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Chuyển các vụ việc đang mở của một phiên bản cũ sang phiên bản này theo bảng chuyển đổi phiên bản này công bố ' +
      '(mặc định chạy thử: vụ việc nào chuyển được, vụ việc nào giữ nguyên và vì sao); mỗi vụ việc chuyển được ghi một ' +
      'sự kiện trên dòng thời gian. Chỉ quản trị viên của đơn vị cao nhất.',
  })
  @ApiOkResponse({ type: VersionMigrationResponse })
  @ApiErrors(400, 401, 403, ErrorCode.PROCEDURE_NOT_FOUND, ErrorCode.MIGRATION_NOT_DECLARED)
  migrate(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('version') version: string, @Body() dto: VersionMigrationDto) {
    // A version is a positive whole number; anything else names no version, as an unknown one does.
    if (!/^[1-9]\d{0,8}$/.test(version)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: id, version });
    return this.migrations.migrate(user, id, Number(version), { fromVersion: dto.fromVersion, reason: dto.reason, dryRun: dto.dryRun ?? true });
  }
}
