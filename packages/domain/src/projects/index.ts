export * from './catalogue';
export * from './errors';
export * from './project-draft';
export * from './project-lifecycle';
export * from './public-search';
