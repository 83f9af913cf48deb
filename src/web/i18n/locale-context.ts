import { createContext, useContext } from 'react';
import type { Locale } from '../../shared/locale';

export interface LocaleState {
  locale: Locale;
  /** Switches the interface now and remembers the choice (for a signed-in user, on the server). */
  change: (locale: Locale) => void;
  /** The last attempt to remember the choice on the server failed. */
  saveFailed: boolean;
}

export const LocaleContext = createContext<LocaleState>({ locale: 'ru', change: () => {}, saveFailed: false });

export const useLocale = (): LocaleState => useContext(LocaleContext);
