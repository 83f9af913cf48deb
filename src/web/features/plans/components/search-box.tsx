import { Anchor, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useSearchParams } from 'wouter';
import { t } from '../../../i18n/t';
import { ApiErrorAlert } from '../../../components/ui/api-error-alert';
import { useSearch, type SearchResult } from '../api/search';

function Snippet({ parts }: { parts: SearchResult['snippet'] }) {
  return (
    <Text size="sm" c="dark.6">
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </Text>
  );
}

/** Full-text search across plans and items; results say where the words were found. */
export function SearchBox() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [debounced] = useDebouncedValue(q, 250);
  const results = useSearch(debounced);
  const active = debounced.trim().length > 1;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        type="search"
        value={q}
        onChange={(e) => {
          const value = e.currentTarget.value;
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (value) next.set('q', value);
              else next.delete('q');
              return next;
            },
            { replace: true },
          );
        }}
        rightSection={results.isFetching ? <Loader size="xs" role="status" aria-label={t('app.loading')} /> : null}
        maw={640}
      />
      <ApiErrorAlert error={active ? results.error : null} />
      {active && results.data && (
        <Paper withBorder p="sm" component="section" aria-label={t('search.results')} data-testid="search-results">
          {results.data.length === 0 ? (
            <Text size="sm">{t('search.none')}</Text>
          ) : (
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {results.data.map((r) => (
                <li key={r.item?.id ?? r.plan.id}>
                  <Anchor component={Link} href={r.item ? `/plans/${r.plan.id}?item=${r.item.id}` : `/plans/${r.plan.id}`} fw={600}>
                    {r.item ? `${t('search.item', { number: r.item.number })}. ${r.item.title}` : r.plan.title}
                  </Anchor>
                  {r.item && (
                    <Text size="xs" c="dimmed">
                      {t('search.inPlan')}: {r.plan.title}
                    </Text>
                  )}
                  <Snippet parts={r.snippet} />
                </li>
              ))}
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
