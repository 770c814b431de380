export * from './errors';
export * from './ledger-rules';
export * from './ledger-totals';
export * from './money';
