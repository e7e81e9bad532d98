export * from './field-cipher';
export * from './identity-cipher';
