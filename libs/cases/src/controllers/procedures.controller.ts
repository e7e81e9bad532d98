import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLE_LABELS } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { ProcedureRegistryService } from '../services/procedure-registry.service';
import { StepSchemasService } from '../services/step-schemas.service';
import { publishedDefinition } from '../services/published-definition';
import { ApiErrors } from '@hoso/core/http/api-errors.decorator';
import { ProcedureSummaryResponse } from '../dtos/responses/procedure-summary.response';
import { ProcedureVersionResponse } from '../dtos/responses/procedure-version.response';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('procedures')
export class ProceduresController {
  private readonly schemas: StepSchemasService;

  constructor(private readonly registry: ProcedureRegistryService) {
    this.schemas = new StepSchemasService(registry);
  }

  @Get()
  @ApiOperation({ summary: 'Các quy trình, phiên bản, bước và định nghĩa máy trạng thái (nạp được vào Stately)' })
  @ApiOkResponse({ type: ProcedureSummaryResponse, isArray: true })
  @ApiErrors(401)
  list() {
    return this.registry.list().map((d) => ({
      id: d.id,
      version: d.version,
      title: d.title,
      legalBasis: d.legalBasis,
      createRoles: d.createRoles,
      takesReporter: d.takesReporter === true,
      events: Object.entries(d.events).map(([type, e]) => ({
        type,
        label: e.label,
        roles: e.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
        actingUnit: e.actingUnit ?? 'CASE_UNIT',
      })),
      states: d.stateLabels,
      definition: publishedDefinition(d),
      // Added field: where the version's step schemas are (the fields above keep their shape).
      schemaUrl: `/procedures/${encodeURIComponent(d.id)}/versions/${d.version}`,
    }));
  }

  @Get(':id/versions/:version')
  @ApiOperation({
    summary:
      'Một phiên bản quy trình: JSON Schema của dữ liệu tạo hồ sơ và của từng bước, vai trò, đơn vị thực hiện, ' +
      'điều kiện chặn kèm lý do, nhãn trạng thái và định nghĩa máy trạng thái',
  })
  @ApiOkResponse({ type: ProcedureVersionResponse })
  @ApiErrors(401, ErrorCode.PROCEDURE_NOT_FOUND)
  version(@Param('id') id: string, @Param('version') version: string) {
    // A version is a positive whole number; anything else names no version, as an unknown one does.
    if (!/^[1-9]\d{0,8}$/.test(version)) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: id, version });
    return this.schemas.describe(id, Number(version));
  }
}
