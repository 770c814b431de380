export * from './audit';
export * from './demand';
export * from './enterprise';
export * from './identity';
export * from './institutions';
export * from './projects';
export * from './reference';
