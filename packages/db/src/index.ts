export * from './client';
export * from './reference-sync';
export * from './schema/index';
