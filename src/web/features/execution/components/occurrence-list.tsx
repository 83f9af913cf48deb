import { Badge, Button, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatDate, t } from '../../../i18n/t';
import { outcomeLabels, reportStatusLabels, ink } from '../model/texts';
import type { OccurrenceItem } from '../model/types';
import { StateBadge } from './occurrence-drawer';

function datesText(dates: readonly string[]): string {
  return dates.length ? dates.map((d) => formatDate(d)).join(', ') : t('execution.list.awaitingDate');
}

function States({ o }: { o: OccurrenceItem }) {
  return (
    <Group gap={4}>
      <StateBadge state={o.state} dueDate={o.dueDate} today={o.today} needsRework={o.needsRework} />
      {o.current && o.state === 'done' && (
        <Badge variant="outline" color={ink.dark}>
          {reportStatusLabels[o.current.status]}
        </Badge>
      )}
      {o.outcome && o.state !== 'done' && o.outcome !== 'overdue' && o.outcome !== 'open' && (
        <Badge variant="outline" color={ink.dark}>
          {outcomeLabels[o.outcome]}
        </Badge>
      )}
    </Group>
  );
}

/** On a phone a table row is wider than the screen: each occurrence is a card with a full-width button instead. */
function OccurrenceCards({
  items,
  onOpen,
  showPlan,
  showExecutor,
  actionLabel,
  caption,
}: {
  items: OccurrenceItem[];
  onOpen: (id: string) => void;
  showPlan: boolean;
  showExecutor: boolean;
  actionLabel: string | ((o: OccurrenceItem) => string);
  caption?: string | undefined;
}) {
  return (
    <Stack gap="xs" data-testid="occurrence-cards" role="list" aria-label={caption}>
      {caption && <Text fw={700}>{caption}</Text>}
      {items.map((o) => {
        const label = typeof actionLabel === 'function' ? actionLabel(o) : actionLabel;
        return (
          <Card key={o.id} withBorder padding="sm" role="listitem" data-testid="occurrence-card" data-item-number={o.itemNumber}>
            <Text size="sm" fw={700} lineClamp={4} title={o.itemTitle}>
              {o.itemNumber}. {o.itemTitle}
            </Text>
            {showPlan && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {o.ownerName}: {o.planTitle}
              </Text>
            )}
            {showExecutor && <Text size="xs">{o.executorLabel}</Text>}
            <Group justify="space-between" mt={6} gap="xs">
              <Text size="sm">
                {t('execution.list.col.due')}: {o.dueDate ? formatDate(o.dueDate) : '—'}
                {o.moved ? ` (${t('execution.list.moved')})` : ''}
              </Text>
              <States o={o} />
            </Group>
            {o.dateChange && (
              <Text size="xs" c={ink.dark} fw={600} data-testid="date-change" title={t('execution.list.dateChangedCause', { cause: o.dateChange.cause })}>
                {t('execution.list.dateChanged', { before: datesText(o.dateChange.before), after: datesText(o.dateChange.after) })}
              </Text>
            )}
            <Button
              mt="xs"
              size="md"
              fullWidth
              variant="light"
              onClick={() => onOpen(o.id)}
              aria-label={t('execution.list.actionAria', { action: label, number: o.itemNumber, executor: o.executorLabel })}
            >
              {label}
            </Button>
          </Card>
        );
      })}
    </Stack>
  );
}

/** A table of occurrences; each row opens the occurrence (to report or to review). Cards on a narrow screen. */
export function OccurrenceTable({
  items,
  onOpen,
  showPlan = true,
  showExecutor = true,
  actionLabel = t('execution.list.open'),
  caption,
}: {
  items: OccurrenceItem[];
  onOpen: (id: string) => void;
  showPlan?: boolean;
  showExecutor?: boolean;
  actionLabel?: string | ((o: OccurrenceItem) => string);
  caption?: string;
}) {
  const narrow = useMediaQuery('(max-width: 47.99em)');
  if (narrow)
    return <OccurrenceCards items={items} onOpen={onOpen} showPlan={showPlan} showExecutor={showExecutor} actionLabel={actionLabel} caption={caption} />;
  return (
    <Table striped highlightOnHover verticalSpacing={6} data-testid="occurrence-table">
      {caption && <Table.Caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 700 }}>{caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('execution.list.col.number')}</Table.Th>
          <Table.Th>{t('execution.list.col.item')}</Table.Th>
          {showExecutor && <Table.Th w={220}>{t('execution.list.col.executor')}</Table.Th>}
          <Table.Th w={150}>{t('execution.list.col.due')}</Table.Th>
          <Table.Th w={200}>{t('execution.list.col.state')}</Table.Th>
          <Table.Th w={140}>
            <VisuallyHidden>{t('execution.list.col.action')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((o) => (
          <Table.Tr key={o.id} data-testid="occurrence-row" data-item-number={o.itemNumber}>
            <Table.Td>{o.itemNumber}</Table.Td>
            <Table.Td>
              <Stack gap={0}>
                <Text size="sm" lineClamp={2}>
                  {o.itemTitle}
                </Text>
                {showPlan && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {o.ownerName}: {o.planTitle}
                  </Text>
                )}
              </Stack>
            </Table.Td>
            {showExecutor && <Table.Td>{o.executorLabel}</Table.Td>}
            <Table.Td>
              <Text size="sm">{o.dueDate ? formatDate(o.dueDate) : '—'}</Text>
              {o.moved && (
                <Text size="xs" c="dimmed">
                  {t('execution.list.moved')}
                </Text>
              )}
              {o.dateChange && (
                <Text size="xs" c={ink.dark} fw={600} data-testid="date-change" title={t('execution.list.dateChangedCause', { cause: o.dateChange.cause })}>
                  {t('execution.list.dateChanged', { before: datesText(o.dateChange.before), after: datesText(o.dateChange.after) })}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <States o={o} />
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                onClick={() => onOpen(o.id)}
                aria-label={t('execution.list.actionAria', {
                  action: typeof actionLabel === 'function' ? actionLabel(o) : actionLabel,
                  number: o.itemNumber,
                  executor: o.executorLabel,
                })}
              >
                {typeof actionLabel === 'function' ? actionLabel(o) : actionLabel}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
