export * from './credit-code';
export * from './id-number';
export * from './mobile';
export * from './zod';
