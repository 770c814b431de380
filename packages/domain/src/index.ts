export * from './access/password-policy';
export * from './access/permissions';
export * from './access/roles';
export * from './errors/catalog';
export * from './region/region-code';
