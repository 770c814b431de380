export * from './check-lifecycle';
export * from './errors';
export * from './finding-text';
export * from './seeded-random';
export * from './supervision-weight';
export * from './weighted-sample';
