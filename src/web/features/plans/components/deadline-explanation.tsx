import { Anchor, Text } from '@mantine/core';
import { useMemo } from 'react';
import { t } from '../../../i18n/t';
import { useDeadlineEngine } from '../../../lib/use-deadline-engine';
import { usePlanElections, usePlanEvents } from '../api/plan-events';

/** What the engine understood from the phrase as it is typed: «Июль и декабрь 2022 г.» or why it did not. */
export function DeadlineExplanation({
  text,
  period,
  id,
  planId,
}: {
  text: string;
  period: { start: string; end: string } | null;
  id?: string;
  /** With a plan, phrases counted from its elections and events are dated as the server dates them. */
  planId?: string;
}) {
  const engine = useDeadlineEngine();
  const elections = usePlanElections(planId ?? '', Boolean(planId));
  const events = usePlanEvents(planId ?? '', Boolean(planId));
  const result = useMemo(() => {
    if (!engine || !text.trim()) return null;
    return engine.interpretDeadline(text, {
      period,
      elections: (elections.data?.elections ?? []).map((e) => ({ votingDay: e.votingDay, votingDays: e.votingDays, calledOn: e.calledOn, name: e.name })),
      events: (events.data?.events ?? []).map((e) => ({ key: e.key, date: e.date, label: e.label })),
    });
  }, [engine, text, period, elections.data, events.data]);
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
