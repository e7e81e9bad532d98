import { Injectable } from '@nestjs/common';
import { defaultProcedures, ProcedureRegistry, type ProcedureDefinition } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/** The process's registry of machines. Tests may register extra versions on it. */
@Injectable()
export class ProcedureRegistryService extends ProcedureRegistry {
  constructor() {
    super(defaultProcedures());
  }

  /** The exact version a case started on; its absence is a deployment error, not a user error. */
  forCase(id: string, version: number): ProcedureDefinition {
    const def = this.find(id, version);
    if (!def) throw new Error(`Machine ${id}@${version} is not registered; a case cannot be resumed without it`);
    return def;
  }

  latestOrThrow(id: string): ProcedureDefinition {
    const def = this.latest(id);
    if (!def) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: id });
    return def;
  }
}
