/** Why a new password is refused, in Russian, or null when it is acceptable. */
export function passwordProblem(password: string, login: string): string | null {
  if (password.length < 8) return 'Пароль должен быть не короче 8 символов';
  if (password.length > 200) return 'Пароль должен быть не длиннее 200 символов';
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return 'Пароль должен содержать буквы и цифры';
  const lower = password.toLowerCase();
  if (login && lower.includes(login.toLowerCase())) return 'Пароль не должен содержать логин';
  if (/^(.)\1+$/.test(password) || ['password1', 'qwerty123', '12345678a', 'demo1234'].includes(lower)) return 'Пароль слишком простой';
  return null;
}
