import type { ProcedureDefinition } from '@hoso/workflows';

/** Every code a procedure's dossier takes, with its Vietnamese name: the admission forms and the document kinds. */
export function formsOf(def: ProcedureDefinition): Record<string, string> {
  const kinds = Object.fromEntries(Object.entries(def.documentKinds ?? {}).map(([code, k]) => [code, k.label]));
  return { ...(def.dossierForms ?? {}), ...kinds };
}

/** The document kinds with the steps that expect or require each, named as people see the steps. */
export function documentKindsView(def: ProcedureDefinition) {
  return Object.entries(def.documentKinds ?? {}).map(([code, k]) => ({
    code,
    label: k.label,
    steps: Object.entries(k.steps).map(([event, level]) => ({ event, eventLabel: def.events[event]?.label ?? event, level })),
  }));
}
