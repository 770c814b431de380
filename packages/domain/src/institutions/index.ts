export * from './brand-name';
export * from './credit-status';
export * from './errors';
export * from './participation';
export * from './pledge';
export * from './qualifications';
export * from './selection';
