/** «Иванов Иван Иванович» → «Иванов И.И.», the way plans name executors. */
export function initialsOf(fullName: string): string {
  const [last, ...rest] = fullName.trim().split(/\s+/);
  if (!last) return '';
  const initials = rest.map((p) => `${p.charAt(0).toUpperCase()}.`).join('');
  return initials ? `${last} ${initials}` : last;
}
