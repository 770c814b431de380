export * from './certificate-kinds';
export * from './certificate-number';
export * from './errors';
export * from './holder-name';
export * from './issue-rules';
export * from './verifiable-credential';
