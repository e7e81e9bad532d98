export * from './rules/legal-rule';
export * from './deadlines.module';
export * from './deadlines-core.module';
