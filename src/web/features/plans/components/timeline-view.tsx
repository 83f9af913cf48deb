import { Text, UnstyledButton } from '@mantine/core';
import { useMemo } from 'react';
import { formatDate, monthName, t } from '../../../i18n/t';
import { monthsOf } from '../model/tree';
import type { Plan, PlanNode } from '../model/types';
import { executorColor } from './calendar-model';

const dayNo = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

interface Line {
  node: PlanNode;
  depth: number;
}

/** Items as bars over the plan period; recurring items show as repeated marks. */
export function TimelineView({ plan, onOpen }: { plan: Plan; onOpen: (id: string) => void }) {
  const lines = useMemo(() => {
    const out: Line[] = [];
    const walk = (nodes: PlanNode[], depth: number) =>
      nodes.forEach((n) => {
        if (n.kind === 'section' || (n.deadline?.windows ?? []).length) out.push({ node: n, depth });
        walk(n.children, depth + 1);
      });
    walk(plan.items, 0);
    // Sections without dated items below them are noise on a timeline.
    return out.filter((l, i) => l.node.kind !== 'section' || (out[i + 1] && out[i + 1]!.depth > l.depth));
  }, [plan.items]);

  const range = useMemo(() => {
    if (plan.period) return plan.period;
    let start = '9999-12-31';
    let end = '0000-01-01';
    for (const l of lines) {
      for (const w of l.node.deadline?.windows ?? []) {
        if (w.start < start) start = w.start;
        if (w.end > end) end = w.end;
      }
    }
    return start <= end ? { start, end } : null;
  }, [plan.period, lines]);

  if (!range || !lines.some((l) => l.node.kind !== 'section')) return <Text>{t('timeline.empty')}</Text>;
  const from = dayNo(range.start);
  const span = Math.max(1, dayNo(range.end) - from + 1);
  const pct = (iso: string) => Math.min(100, Math.max(0, ((dayNo(iso) - from) / span) * 100));
  const months = monthsOf(range);

  return (
    <section aria-label={t('timeline.label')} data-testid="timeline-view" style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: 900 }}>
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: '340px 1fr',
            position: 'sticky',
            top: 0,
            background: 'white',
            zIndex: 1,
            borderBottom: '1px solid #adb5bd',
          }}
        >
          <div />
          <div style={{ position: 'relative', height: 24 }}>
            {months.map((m) => (
              <Text key={m} size="xs" style={{ position: 'absolute', left: `${pct(`${m}-01`)}%`, top: 4, paddingLeft: 2, borderLeft: '1px solid #ced4da' }}>
                {monthName(Number(m.slice(5))).slice(0, 3)}
                {m.endsWith('-01') ? ` ${m.slice(0, 4)}` : ''}
              </Text>
            ))}
          </div>
        </div>
        {lines.map(({ node, depth }) => {
          const windows = node.deadline?.windows ?? [];
          const marks = windows.length > 3;
          return (
            <div
              key={node.id}
              data-number={node.number}
              style={{ display: 'grid', gridTemplateColumns: '340px 1fr', borderBottom: '1px solid #f1f3f5', minHeight: 24, alignItems: 'center' }}
            >
              <UnstyledButton onClick={() => onOpen(node.id)} style={{ paddingLeft: depth * 12, fontWeight: node.kind === 'section' ? 700 : 400 }}>
                <Text size="xs" lineClamp={1} title={node.title}>
                  {node.number} {node.title}
                </Text>
              </UnstyledButton>
              <div style={{ position: 'relative', height: 18 }}>
                {months.map((m) => (
                  <span key={m} aria-hidden style={{ position: 'absolute', left: `${pct(`${m}-01`)}%`, top: 0, bottom: 0, borderLeft: '1px solid #f1f3f5' }} />
                ))}
                {windows.map((w, i) => (
                  <span
                    key={i}
                    role="img"
                    aria-label={`${node.number}: ${formatDate(w.start)} – ${formatDate(w.end)}`}
                    title={`${node.deadlineText ?? ''}: ${formatDate(w.start)} – ${formatDate(w.end)}`}
                    style={{
                      position: 'absolute',
                      left: `${pct(w.start)}%`,
                      width: marks ? 4 : `max(4px, ${pct(w.end) - pct(w.start) + 100 / span}%)`,
                      top: 3,
                      height: 12,
                      borderRadius: marks ? 2 : 3,
                      background: executorColor(node.executors[0]?.text),
                      opacity: 0.85,
                    }}
                  />
                ))}
              </div>
            </div>
          );
        })}
      </div>
    </section>
  );
}
