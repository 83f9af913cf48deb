import { Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { t } from '../../../i18n/t';
import { useDeadlineEngine } from '../../../lib/use-deadline-engine';

/** What the engine understood from the phrase as it is typed: «Июль и декабрь 2022 г.» or why it did not. */
export function DeadlineExplanation({ text, period, id }: { text: string; period: { start: string; end: string } | null; id?: string }) {
  const engine = useDeadlineEngine();
  const result = useMemo(() => (engine && text.trim() ? engine.interpretDeadline(text, { period }) : null), [engine, text, period]);
  if (!result) return null;
  let explanation = '';
  try {
    explanation = engine!.explainDeadline(result);
  } catch {
    explanation = '';
  }
  const unknown = result.kind === 'unknown';
  const undated = !unknown && result.windows.length === 0 && result.reason;
  // A phrase counted from voting day or another event is dated from the plan's «Выборы и события» panel.
  const needsEvent = Boolean(undated && result.needs?.some((n) => n === 'voting_day' || n === 'call_date' || n === 'event_date'));
  return (
    <Text id={id} size="sm" c={unknown ? 'red.9' : undated ? 'dark.7' : 'teal.9'} data-testid="deadline-explanation" aria-live="polite">
      {unknown
        ? t('item.deadlineUnknown', { reason: result.reason ?? explanation })
        : undated
          ? t('item.deadlineNoWindows', { reason: result.reason! })
          : explanation}
      {needsEvent && (
        <>
          {' '}
          <Anchor href="#events" size="sm" data-testid="events-link">
            {t('events.link')}
          </Anchor>
        </>
      )}
    </Text>
  );
}
