import { Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { MessageKey } from '../../../i18n/ru';
import { t } from '../../../i18n/t';
import { outcomeColors, outcomeLabels, outcomeOrder, ink } from '../model/texts';
import type { Group as TallyGroup, Outcome, Tally } from '../model/types';

export function Legend() {
  return (
    <Group gap="md" aria-label={t('execution.chart.legend')} role="list">
      {outcomeOrder.map((o) => (
        <Group key={o} gap={4} role="listitem">
          <Box w={12} h={12} style={{ background: outcomeColors[o], borderRadius: 2 }} aria-hidden />
          <Text size="xs">{outcomeLabels[o]}</Text>
        </Group>
      ))}
    </Group>
  );
}

const describe = (tally: Tally) =>
  outcomeOrder
    .filter((o) => tally[o] > 0)
    .map((o) => `${outcomeLabels[o]}: ${tally[o]}`)
    .join(', ');

/** One horizontal bar split by outcome; each part opens the occurrences behind it. */
export function StackedBar({ tally, onPick, label }: { tally: Tally; onPick: (outcome: Outcome) => void; label: string }) {
  const total = Math.max(tally.total, 1);
  return (
    <div style={{ display: 'flex', height: 18, width: '100%', borderRadius: 3, overflow: 'hidden', background: '#f1f3f5' }} role="group" aria-label={`${label}: ${describe(tally)}`}>
      {outcomeOrder
        .filter((o) => tally[o] > 0)
        .map((o) => (
          <Tooltip key={o} label={`${outcomeLabels[o]}: ${tally[o]}`} withArrow>
            <UnstyledButton
              onClick={() => onPick(o)}
              aria-label={`${label} — ${outcomeLabels[o]}: ${tally[o]}`}
              style={{ width: `${(tally[o] / total) * 100}%`, background: outcomeColors[o], minWidth: 4 }}
            />
          </Tooltip>
        ))}
    </div>
  );
}

/** Groups as rows: the name, the bar, «исполнено N из M». */
export function GroupBars({ groups, onPick, testId }: { groups: TallyGroup[]; onPick: (group: TallyGroup, outcome?: Outcome) => void; testId: string }) {
  return (
    <Stack gap={6} data-testid={testId}>
      {groups.map((g) => (
        <div key={g.key} style={{ display: 'grid', gridTemplateColumns: 'minmax(180px, 34%) 1fr 150px', gap: 12, alignItems: 'center' }}>
          <UnstyledButton onClick={() => onPick(g)} style={{ textAlign: 'left' }} aria-label={t('execution.chart.showItems', { label: g.label })}>
            <Text size="sm" lineClamp={2} c={ink.blue} td="underline">
              {g.label}
            </Text>
          </UnstyledButton>
          <StackedBar tally={g.tally} label={g.label} onPick={(o) => onPick(g, o)} />
          <Text size="sm" ta="right">
            {t('execution.chart.doneOf', { done: g.tally.done, total: g.tally.total })}
            {g.tally.overdue ? ` · ${t('execution.chart.overdue', { n: g.tally.overdue })}` : ''}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

const monthName = (month: number) => t(`execution.chart.month.${month}` as MessageKey);

/** Columns per month of the deadline in force, stacked by outcome (SVG, with a text alternative). */
export function MonthChart({ groups, onPick }: { groups: TallyGroup[]; onPick: (group: TallyGroup, outcome?: Outcome) => void }) {
  const max = Math.max(1, ...groups.map((g) => g.tally.total));
  const col = 44;
  const height = 160;
  const width = Math.max(groups.length * col, 200);
  return (
    <figure style={{ margin: 0 }} data-testid="month-chart">
      <svg width={width} height={height + 34} role="img" aria-label={t('execution.chart.byMonth', { months: groups.map((g) => `${g.label} — ${g.tally.total}`).join('; ') })}>
        {groups.map((g, i) => {
          let y = height;
          const x = i * col + 8;
          const label = g.key === 'none' ? t('execution.chart.noDeadline') : `${monthName(Number(g.key.slice(5, 7)))} ${g.key.slice(2, 4)}`;
          return (
            <g key={g.key}>
              {outcomeOrder
                .filter((o) => g.tally[o] > 0)
                .map((o) => {
                  const h = (g.tally[o] / max) * (height - 16);
                  y -= h;
                  return (
                    <rect key={o} x={x} y={y} width={col - 16} height={h} fill={outcomeColors[o]} style={{ cursor: 'pointer' }} onClick={() => onPick(g, o)}>
                      <title>{`${label}: ${outcomeLabels[o]} — ${g.tally[o]}`}</title>
                    </rect>
                  );
                })}
              <text x={x + (col - 16) / 2} y={y - 3} fontSize={11} textAnchor="middle" fill="#212529">
                {g.tally.total}
              </text>
              <text x={x + (col - 16) / 2} y={height + 14} fontSize={11} textAnchor="middle" fill="#343a40">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
