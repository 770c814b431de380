export * from './demand-line';
export * from './training-wish';
