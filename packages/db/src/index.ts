export * from './client';
export * from './partitions';
export * from './reference-sync';
export * from './schema/index';
