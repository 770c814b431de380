export * from './certificates';
export * from './employment';
export * from './errors';
export * from './resources';
