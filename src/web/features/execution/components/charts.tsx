import { Box, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
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
    <div
      style={{ display: 'flex', height: 18, width: '100%', borderRadius: 3, overflow: 'hidden', background: '#f1f3f5' }}
      role="group"
      aria-label={`${label}: ${describe(tally)}`}
    >
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

// The narrowest column that still fits a three-letter month label at 11 px.
const MIN_COLUMN = 34;
const CHART_HEIGHT = 160;

/**
 * Columns per month of the deadline in force, stacked by outcome (SVG, with a text
 * alternative). The chart takes the width of its card: columns share it, each label
 * sits under its own column (month, and the year under January and the first
 * column), and only when there are too many months for the width does it scroll.
 */
export function MonthChart({ groups, onPick }: { groups: TallyGroup[]; onPick: (group: TallyGroup, outcome?: Outcome) => void }) {
  const { ref, width: measured } = useElementSize<HTMLElement>();
  const max = Math.max(1, ...groups.map((g) => g.tally.total));
  const available = Math.max(measured, 240);
  const col = Math.max(MIN_COLUMN, available / Math.max(groups.length, 1));
  const width = Math.max(available, groups.length * col);
  const bar = Math.max(14, Math.min(56, col * 0.6));
  return (
    <figure ref={ref} style={{ margin: 0, width: '100%', overflowX: 'auto' }} data-testid="month-chart">
      <svg
        width={width}
        height={CHART_HEIGHT + 40}
        role="img"
        aria-label={t('execution.chart.byMonth', { months: groups.map((g) => `${g.label} — ${g.tally.total}`).join('; ') })}
      >
        {groups.map((g, i) => {
          let y = CHART_HEIGHT;
          const centre = i * col + col / 2;
          const x = centre - bar / 2;
          const month = g.key === 'none' ? null : Number(g.key.slice(5, 7));
          const label = month === null ? t('execution.chart.noDeadline') : monthName(month);
          const showYear = month !== null && (i === 0 || month === 1);
          return (
            <g key={g.key} data-testid="month-column">
              {outcomeOrder
                .filter((o) => g.tally[o] > 0)
                .map((o) => {
                  const h = (g.tally[o] / max) * (CHART_HEIGHT - 16);
                  y -= h;
                  return (
                    <rect key={o} x={x} y={y} width={bar} height={h} fill={outcomeColors[o]} style={{ cursor: 'pointer' }} onClick={() => onPick(g, o)}>
                      <title>{`${label}${month !== null ? ` ${g.key.slice(0, 4)}` : ''}: ${outcomeLabels[o]} — ${g.tally[o]}`}</title>
                    </rect>
                  );
                })}
              <text x={centre} y={y - 3} fontSize={11} textAnchor="middle" fill="#212529">
                {g.tally.total}
              </text>
              <text x={centre} y={CHART_HEIGHT + 14} fontSize={11} textAnchor="middle" fill="#343a40" data-testid="month-label">
                {month === null ? label.split(' ')[0] : label}
              </text>
              {(showYear || month === null) && (
                <text x={centre} y={CHART_HEIGHT + 28} fontSize={11} textAnchor="middle" fill="#495057">
                  {month === null ? label.split(' ').slice(1).join(' ') : g.key.slice(0, 4)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
