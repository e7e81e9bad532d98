import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLE_LABELS } from '@hoso/workflows';
import { ProcedureRegistryService } from '../services/procedure-registry.service';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly registry: ProcedureRegistryService) {}

  @Get()
  @ApiOperation({ summary: 'Các quy trình, phiên bản, bước và định nghĩa máy trạng thái (nạp được vào Stately)' })
  list() {
    return this.registry.list().map((d) => ({
      id: d.id,
      version: d.version,
      title: d.title,
      legalBasis: d.legalBasis,
      createRoles: d.createRoles,
      events: Object.entries(d.events).map(([type, e]) => ({
        type,
        label: e.label,
        roles: e.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
        actingUnit: e.actingUnit ?? 'CASE_UNIT',
      })),
      states: d.stateLabels,
      definition: d.machine.toJSON(),
    }));
  }
}
