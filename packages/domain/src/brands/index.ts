export * from './brand-batch';
export * from './brand-lifecycle';
export * from './brand-naming';
export * from './errors';
