import { ru, type MessageKey } from '../../../i18n/ru';
import { t } from '../../../i18n/t';

/** A text by a key built from server data: the key when the dictionary has it, otherwise null. */
function known(key: string): MessageKey | null {
  return Object.hasOwn(ru, key) ? (key as MessageKey) : null;
}

/** «item.update» → «Изменение пункта»; an action the dictionary does not know yet shows as its code. */
export function actionLabel(action: string): string {
  const key = known(`audit.action.${action}`);
  return key ? t(key) : action;
}

export function entityLabel(entityType: string): string {
  const key = known(`audit.entity.${entityType}`);
  return key ? t(key) : entityType;
}

/** The Russian name of a field of before/after («deadlineText» → «Срок»); nested paths name their first part. */
export function fieldLabel(path: string): string {
  const [head, ...rest] = path.split('.');
  const key = known(`audit.field.${head}`);
  if (!key) return path;
  return rest.length ? `${t(key)}: ${rest.join('.')}` : t(key);
}

/** The action codes the server writes, for the action filter (label order, not code order). */
export function knownActions(): { value: string; label: string }[] {
  return Object.keys(ru)
    .filter((k) => k.startsWith('audit.action.'))
    .map((k) => ({ value: k.slice('audit.action.'.length), label: t(k as MessageKey) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}

export function knownEntityTypes(): { value: string; label: string }[] {
  return Object.keys(ru)
    .filter((k) => k.startsWith('audit.entity.'))
    .map((k) => ({ value: k.slice('audit.entity.'.length), label: t(k as MessageKey) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'ru'));
}
