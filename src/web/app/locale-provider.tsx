import { Fragment, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isLocale, type Locale } from '../../shared/locale';
import { setLocale } from '../i18n/t';
import { LocaleContext } from '../i18n/locale-context';
import { meQuery, useMe, useSaveLocale } from '../features/auth/api/session';

const storageKey = 'planik.locale';

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLocale(value) ? value : 'ru';
  } catch {
    return 'ru';
  }
}

/**
 * Holds the interface language: the signed-in user's (their choice or their organisation's default,
 * from /api/auth/me), else the last one chosen in this browser. t() reads a module-level language,
 * so the tree below is keyed by it: a switch re-renders every text at once.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const client = useQueryClient();
  const save = useSaveLocale();
  const [chosen, setChosen] = useState<Locale>(storedLocale);
  const serverLocale = me.data?.language?.locale;

  useEffect(() => {
    if (serverLocale) setChosen(serverLocale);
  }, [serverLocale]);

  const locale = chosen;
  // Set during render, before any child calls t().
  setLocale(locale);

  const change = useCallback(
    (next: Locale) => {
      setChosen(next);
      try {
        window.localStorage.setItem(storageKey, next);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      if (client.getQueryData(meQuery.queryKey)) save.mutate(next);
    },
    [client, save],
  );

  const value = useMemo(() => ({ locale, change, saveFailed: save.isError }), [locale, change, save.isError]);
  return (
    <LocaleContext.Provider value={value}>
      <Fragment key={locale}>{children}</Fragment>
    </LocaleContext.Provider>
  );
}
