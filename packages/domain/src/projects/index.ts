export * from './project-lifecycle';
