import { useSearchParams } from 'wouter';

type Changes = Record<string, string | null | undefined>;

/**
 * The page's state kept in the address (filters, open item, tab) so that a link
 * or a reload shows the same thing. `setParams` changes some keys and keeps the
 * rest; null, undefined and '' remove a key. With `replace`, typing in a filter
 * does not fill the browser history.
 */
export function useQueryParams(options: { replace?: boolean } = {}) {
  const [params, setSearch] = useSearchParams();
  const setParams = (changes: Changes) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes))
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        return next;
      },
      options.replace ? { replace: true } : undefined,
    );
  return [params, setParams] as const;
}
