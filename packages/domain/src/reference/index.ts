export * from './csv';
export * from './institution-types';
export * from './localized-text';
export * from './occupation-code';
export * from './occupation-csv';
export * from './priority-fields';
export * from './skill-levels';
export * from './target-groups';
