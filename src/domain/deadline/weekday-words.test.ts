import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.parse.js';
import { weekdayOfWord } from './weekday-words.js';

describe('weekdayOfWord', () => {
  it.each([
    ['средам', 3],
    ['среду', 3],
    ['Среда', 3],
    ['понедельникам', 1],
    ['воскресенье', 7],
    ['воскресеньям', 7],
    ['пятницу', 5],
    ['субботам', 6],
    ['среднему', 0],
    ['среднем', 0],
    ['субботникам', 0],
    ['пятницкой', 0],
  ])('%s → %i', (word, day) => {
    expect(weekdayOfWord(word)).toBe(day);
  });
});

describe('words that only start like a weekday are no weekly term', () => {
  it.each(['по среднему', 'в среднем', 'по субботникам'])('%s', (text) => {
    expect(parseDeadline(text).kind).toBe('unknown');
  });

  it.each([
    ['по средам', 3],
    ['каждый вторник', 2],
    ['по воскресеньям', 7],
  ])('%s stays weekly', (text, weekday) => {
    const d = parseDeadline(text);
    expect(d.kind).toBe('recurring');
    expect(JSON.stringify(d)).toContain(`"weekday":${weekday}`);
  });
});
