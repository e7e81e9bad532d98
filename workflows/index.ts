export * from './shared/roles';
export * from './shared/effects';
export * from './shared/procedure';
export * from './shared/engine';
export * from './shared/state-path';
export * from './registry';
