import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './index.js';

// Terms of the CEC of Armenia's timetables (a news item retelling one, 2026) and synthetic siblings.
const Y2026 = { period: { start: '2026-01-01', end: '2026-12-31' } };
const w = (start: string, end: string = start) => ({ start, end });

describe('Armenian terms', () => {
  it.each<[string, { start: string; end: string }[], string?]>([
    ['փետրվարի 9-ից մինչև ապրիլի 23-ը', [w('2026-02-09', '2026-04-23')]],
    ['ապրիլի 23-ից մինչև մայիսի 3-ը՝ ժամը 18:00-ը', [w('2026-04-23', '2026-05-03')], '18:00'],
    ['մինչև մայիսի 3-ը', [w('2026-01-01', '2026-05-03')]],
    ['2024 թվականի հոկտեմբերի 20-ին', [w('2024-10-20')]],
    ['2026 թ. հունիսի 7-ին', [w('2026-06-07')]],
  ])('«%s»', (text, windows, time) => {
    const r = interpretDeadline(text, Y2026);
    expect(r.windows).toEqual(windows);
    if (time !== undefined) expect(r.time).toBe(time);
  });

  it.each(['քվեարկությունից 20 օր առաջ', 'ապրիլի 23-ից մինչև քվեարկության օրը'])('«%s»: wording it does not know gives no dates', (text) => {
    const r = interpretDeadline(text, Y2026);
    expect(r.kind).toBe('unknown');
    expect(r.windows).toEqual([]);
  });
});
