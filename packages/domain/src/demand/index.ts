export * from './demand-line';
export * from './demand-row';
export * from './errors';
export * from './training-wish';
