export * from './error-codes';
export * from './domain-error';
export * from './validation-messages';
export * from './all-exceptions.filter';
export * from './validation.pipe';
