// Without look-alikes (0/O, 1/l/I), since the password is read out or copied by hand.
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const ALPHABET = LETTERS + DIGITS;

/** A random initial password that satisfies the policy: 14 characters, letters and digits. */
export function generatePassword(length = 14): string {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint32Array(length));
    const password = Array.from(bytes, (n) => ALPHABET[n % ALPHABET.length]).join('');
    if (/[A-Za-z]/.test(password) && /\d/.test(password)) return password;
  }
}
