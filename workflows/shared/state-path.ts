import type { StateValue } from 'xstate';

/** `{ assignedToUnit: 'awaitingReport' }` → `assignedToUnit.awaitingReport` (parallel states are not used). */
export function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const [key] = Object.keys(value);
  const child = value[key];
  return child === undefined || (typeof child === 'object' && Object.keys(child).length === 0) ? key : `${key}.${statePath(child)}`;
}
