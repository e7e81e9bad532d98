import { ROLE_LABELS, type ProcedureDefinition } from '@hoso/workflows';
import { allNodes, guardNames } from '@hoso/workflows/shared/machine-structure';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { payloadSchema, type JsonSchema } from './step-schemas';
import type { ProcedureRegistryService } from './procedure-registry.service';
import { publishedDefinition } from './published-definition';
import { labelMapsOf } from './value-labels';

/** One step of a procedure version, as a client needs it to build its form and explain a refusal. */
export interface StepDescription {
  type: string;
  label: string;
  roles: { role: string; label: string }[];
  actingUnit: 'CASE_UNIT' | 'ASSIGNED_UNIT';
  /** The states (paths) in which the machine takes the event. */
  from: string[];
  /** The guards that may refuse it, each with the Vietnamese reason the refusal carries. */
  guards: { guard: string; message: string }[];
  payload: JsonSchema;
  /** The step records a ballot's result: its arithmetic can be previewed (POST /cases/:id/vote-preview). */
  ballot?: boolean;
}

export interface VersionDescription {
  id: string;
  version: number;
  title: string;
  legalBasis: string;
  createRoles: { role: string; label: string }[];
  input: JsonSchema;
  events: StepDescription[];
  states: Readonly<Record<string, string>>;
  /** The machine as XState serialises it (loads into Stately), with its automatic transitions (published-definition.ts). */
  definition: unknown;
}

/**
 * Each procedure version described from its own definition and DTO classes: nothing here names a procedure, so a new
 * version is described as soon as it is registered. Built once per version (definitions never change at run time).
 * Held by the procedures controller over the process's registry.
 */
export class StepSchemasService {
  private readonly cache = new Map<string, VersionDescription>();

  constructor(private readonly registry: Pick<ProcedureRegistryService, 'find'>) {}

  describe(id: string, version: number): VersionDescription {
    const def = this.registry.find(id, version);
    if (!def) throw new DomainError(ErrorCode.PROCEDURE_NOT_FOUND, { procedureId: id, version });
    const key = `${id}@${version}`;
    let described = this.cache.get(key);
    if (!described) this.cache.set(key, (described = describeVersion(def)));
    return described;
  }
}

export function describeVersion(def: ProcedureDefinition): VersionDescription {
  const texts = { labelMaps: labelMapsOf(def), fieldTexts: def.fieldTexts };
  const nodes = allNodes(def.machine.root);
  return {
    id: def.id,
    version: def.version,
    title: def.title,
    legalBasis: def.legalBasis,
    createRoles: def.createRoles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
    input: payloadSchema(def.input, texts, def.title),
    events: Object.entries(def.events).map(([type, e]) => {
      const takenIn = nodes.filter((n) => n.transitions.has(type));
      const guards = [...new Set(takenIn.flatMap((n) => n.transitions.get(type)!.flatMap((t) => guardNames(t.guard))))];
      return {
        type,
        label: e.label,
        roles: e.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
        actingUnit: e.actingUnit ?? 'CASE_UNIT',
        from: takenIn.map((n) => n.path.join('.') || '(gốc)'),
        guards: guards.map((guard) => ({ guard, message: def.guardMessages[guard] ?? 'Điều kiện của bước này chưa được đáp ứng.' })),
        payload: payloadSchema(e.payload ?? class {}, texts, e.label),
        ...(e.votePreview ? { ballot: true } : {}),
      };
    }),
    states: def.stateLabels,
    definition: publishedDefinition(def),
  };
}
