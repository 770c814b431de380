export * from './certificate-kinds';
export * from './certificate-number';
export * from './errors';
export * from './holder-name';
export * from './issue-rules';
export * from './printed-certificate';
export * from './qr-path';
export * from './verifiable-credential';
