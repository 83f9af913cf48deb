export type DemoOutcome = 'accepted' | 'partial' | 'pending' | 'returned' | 'overdue' | 'open';

/**
 * What happened to an occurrence, by where its window lies relative to today and a
 * stable spread of its index (the same database every time, no randomness):
 * most past work is reported and accepted, some awaits review, a few reports came
 * back for rework and a few are overdue; of the current work about a third is
 * already reported.
 */
export function demoOutcome(window: { windowStart: string | null; windowEnd: string | null }, today: string, index: number): DemoOutcome {
  if (!window.windowEnd) return 'open';
  const slot = (index * 37) % 100;
  if (window.windowEnd < today) {
    if (slot < 62) return 'accepted';
    if (slot < 70) return 'partial';
    if (slot < 80) return 'pending';
    if (slot < 88) return 'returned';
    return 'overdue';
  }
  if (window.windowStart && window.windowStart > today) return 'open';
  if (slot < 20) return 'accepted';
  if (slot < 32) return 'pending';
  return 'open';
}
