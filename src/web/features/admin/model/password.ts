const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A temporary password an administrator can read out or send: 12 characters of
 * an alphabet without look-alikes (l/1, O/0), always with letters and digits so
 * the server's policy accepts it.
 */
export function generatePassword(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))): string {
  for (;;) {
    const bytes = random(12);
    // 56 symbols: reject bytes that would bias the choice.
    const chars = [...bytes].filter((b) => b < 224).map((b) => alphabet[b % alphabet.length]!);
    if (chars.length < 12) continue;
    const password = chars.join('');
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password;
  }
}
