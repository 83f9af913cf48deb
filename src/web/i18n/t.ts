import { ru, type MessageKey } from './ru';

const messages: Record<MessageKey, string> = ru;

/** Looks up a UI text; the active language is Russian for now. */
export function t(key: MessageKey): string {
  return messages[key];
}

/** ISO date → dd.mm.yyyy, the form Russian documents use. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
