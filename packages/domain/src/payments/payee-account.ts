import type { FieldReason } from '../errors/catalog';

/**
 * 收款账户: where a payment goes — a bank account (户名, 账号, 开户银行) or, for an individual, the
 * financial account of their social security card, which is a bank account too. The bank decides
 * whether an account exists; the platform refuses only what cannot be one.
 */
export interface PayeeAccount {
  accountName: string;
  accountNumber: string;
  bankName: string;
}

export interface PayeeAccountProblem {
  field: keyof PayeeAccount;
  reason: FieldReason;
}

/** Domestic bank card and account numbers run from 8 to 32 digits. */
const ACCOUNT_NUMBER = /^\d{8,32}$/;

/** An account number as written, without the spaces and dashes people group digits with. */
export function normaliseAccountNumber(text: string): string {
  return text.normalize('NFKC').replace(/[\s-]/g, '');
}

/**
 * The problems of an account as entered, after trimming; none when it can be paid to. A person's
 * social security card account is in their own name (`holderName`, as registered).
 */
export function payeeAccountProblems(account: PayeeAccount, holderName?: string): PayeeAccountProblem[] {
  const problems: PayeeAccountProblem[] = [];
  const name = account.accountName.trim();
  if (name === '') problems.push({ field: 'accountName', reason: 'required' });
  else if (name.length > 100) problems.push({ field: 'accountName', reason: 'too_long' });
  else if (holderName !== undefined && name.normalize('NFKC') !== holderName.trim().normalize('NFKC'))
    problems.push({ field: 'accountName', reason: 'account_name_not_holder' });
  const number = normaliseAccountNumber(account.accountNumber);
  if (number === '') problems.push({ field: 'accountNumber', reason: 'required' });
  else if (!ACCOUNT_NUMBER.test(number))
    problems.push({ field: 'accountNumber', reason: 'account_number_invalid' });
  if (account.bankName.trim() === '') problems.push({ field: 'bankName', reason: 'required' });
  else if (account.bankName.trim().length > 100) problems.push({ field: 'bankName', reason: 'too_long' });
  return problems;
}

/** The account number as lists show it: the first four and last four digits. */
export function maskAccountNumber(number: string): string {
  const digits = normaliseAccountNumber(number);
  if (digits.length <= 8) return `${digits.slice(0, 2)}****${digits.slice(-2)}`;
  return `${digits.slice(0, 4)} **** ${digits.slice(-4)}`;
}
