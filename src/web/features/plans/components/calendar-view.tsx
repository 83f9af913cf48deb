import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { monthName, t } from '../../../i18n/t';
import { monthsOf } from '../model/tree';
import type { Plan } from '../model/types';
import { calendarEntries, executorColor, undatedItems } from './calendar-model';

function fallbackPeriod(plan: Plan) {
  const year = new Date().getFullYear();
  return plan.period ?? { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** A month grid of what falls due or runs in each month, coloured by the first executor. */
export function CalendarView({ plan, onOpen }: { plan: Plan; onOpen: (id: string) => void }) {
  const months = useMemo(() => monthsOf(fallbackPeriod(plan)), [plan]);
  const entries = useMemo(() => calendarEntries(plan.items, months), [plan.items, months]);
  const undated = useMemo(() => undatedItems(plan.items), [plan.items]);
  const legend = useMemo(() => {
    const set = new Set<string>();
    for (const list of entries.values()) for (const e of list) if (e.node.executors[0]) set.add(e.node.executors[0].text);
    return [...set].slice(0, 16);
  }, [entries]);

  return (
    <Stack gap="sm" component="section" aria-label={t('calendar.label')} data-testid="calendar-view">
      {!plan.period && <Text size="sm">{t('calendar.noPeriod')}</Text>}
      {legend.length > 0 && (
        <Group gap="xs" aria-label={t('calendar.legend')} role="list">
          {legend.map((x) => (
            <Group key={x} gap={4} role="listitem" wrap="nowrap">
              <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: executorColor(x), display: 'inline-block' }} />
              <Text size="xs">{x}</Text>
            </Group>
          ))}
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="sm">
        {months.map((m) => {
          const list = entries.get(m) ?? [];
          const due = list.filter((e) => !e.long);
          const long = list.filter((e) => e.long);
          return (
            <Paper key={m} withBorder p="xs" data-testid={`calendar-month-${m}`} component="section" aria-labelledby={`cal-${m}`}>
              <Title order={3} size="h5" id={`cal-${m}`} mb={4}>
                {monthName(Number(m.slice(5)))} {m.slice(0, 4)}
              </Title>
              {due.length === 0 && (
                <Text size="xs" c="dimmed">
                  {t('calendar.nothing')}
                </Text>
              )}
              <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {due.map(({ node }) => (
                  <li key={node.id} data-number={node.number}>
                    <UnstyledButton
                      onClick={() => onOpen(node.id)}
                      style={{ borderLeft: `4px solid ${executorColor(node.executors[0]?.text)}`, paddingLeft: 6, display: 'block', width: '100%' }}
                    >
                      <Text size="xs" lineClamp={2}>
                        <b>{node.number}</b> {node.title}
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
              {long.length > 0 && (
                <details style={{ marginTop: 4 }}>
                  <summary style={{ fontSize: 12, cursor: 'pointer' }}>{t('calendar.long', { count: long.length })}</summary>
                  <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                    {long.map(({ node }) => (
                      <li key={node.id} data-number={node.number} data-long>
                        <UnstyledButton
                          onClick={() => onOpen(node.id)}
                          style={{ borderLeft: `4px solid ${executorColor(node.executors[0]?.text)}`, paddingLeft: 6 }}
                        >
                          <Text size="xs" lineClamp={1}>
                            <b>{node.number}</b> {node.title}
                          </Text>
                        </UnstyledButton>
                      </li>
                    ))}
                  </Stack>
                </details>
              )}
            </Paper>
          );
        })}
      </SimpleGrid>
      {undated.length > 0 && (
        <details>
          <summary style={{ cursor: 'pointer' }}>{t('calendar.undated', { count: undated.length })}</summary>
          <Stack gap={2} mt={4}>
            {undated.map((n) => (
              <UnstyledButton key={n.id} onClick={() => onOpen(n.id)}>
                <Text size="xs">
                  <b>{n.number}</b> {n.title} — <i>{n.deadlineText}</i>{' '}
                  {n.deadline?.kind === 'unknown' && (
                    <Badge size="xs" color="red.9" variant="outline">
                      {t('deadlineKind.unknown')}
                    </Badge>
                  )}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </details>
      )}
    </Stack>
  );
}
