import { enqueueActions, type EventObject, type MachineContext, type ParameterizedObject } from 'xstate';
import { EFFECT_TYPES, type Effect, type EffectParamsByType, type EffectType } from './effects';

// The engine performs effects from transition()'s result, so each action only has to exist; its params type is
// what lets XState check every `{ type, params }` a machine declares against the effect table.
export type EffectActions = { readonly [K in EffectType]: (_args: unknown, _params: EffectParamsByType[K]) => void };

/** One no-op action per effect type; spread first into every machine's `setup({ actions })`. */
export const effectActions: EffectActions = Object.freeze(
  Object.fromEntries(EFFECT_TYPES.map((type) => [type, () => undefined])) as unknown as EffectActions,
);

type Params = ParameterizedObject['params'] | undefined;
type CollectEffects<TContext extends MachineContext, TEvent extends EventObject, TParams extends Params> =
  Parameters<typeof enqueueActions<TContext, TEvent, TParams, TEvent, never, Effect, never, never, never>>[0];

/**
 * enqueueActions for a named action of a setup() that spreads effectActions: its enqueue() takes the effects of the
 * table (and enqueue.assign). Plain enqueueActions there would take its action set from the very setup() being
 * inferred, which TypeScript cannot resolve once the actions object has a spread (statelyai/xstate#4545).
 */
export function enqueueEffects<TContext extends MachineContext, TEvent extends EventObject, TParams extends Params>(
  collect: CollectEffects<TContext, TEvent, TParams>,
) {
  return enqueueActions<TContext, TEvent, TParams, TEvent, never, Effect, never, never, never>(collect);
}
