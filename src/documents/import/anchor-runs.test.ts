import { describe, expect, it } from 'vitest';
import type { DocLine } from './doc-lines.js';
import { parseElections } from './elections.parse.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));

describe('two anchors run together on one line are read apart', () => {
  it.each([
    [
      'voting day, then the publication of the decision',
      'День голосования – 14 сентября 2025 года, официальное опубликование решения о назначении выборов – 20 июня 2025 года',
      '2025-09-14',
      '2025-06-20',
    ],
    [
      'the publication first, then voting day',
      'Дата официального опубликования решения о назначении выборов – 20 июня 2025 года; день голосования – 14 сентября 2025 года',
      '2025-09-14',
      '2025-06-20',
    ],
    [
      'a publication without «решения о назначении»',
      'день голосования — 8 сентября 2013 года официальное опубликование — 10 июня 2013 года',
      '2013-09-08',
      null,
    ],
    [
      'one anchor holding two of the phrases',
      'Дата официального опубликования (публикации) решения о назначении выборов – 20 июня 2025 года',
      null,
      '2025-06-20',
    ],
  ])('%s', (_case, text, votingDay, calledOn) => {
    const anchors = parseElections(lines('Календарный план мероприятий по подготовке и проведению выборов депутатов Думы', text));
    if (votingDay === null) {
      expect(anchors).toEqual([]);
      return;
    }
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toMatchObject({ votingDay, calledOn, dayCount: 1 });
  });

  it('a multi-day anchor stays one anchor with its days', () => {
    const [anchor] = parseElections(lines('Дни голосования – 12, 13 и 14 сентября 2025 года'));
    expect(anchor).toMatchObject({ votingDay: '2025-09-14', dayCount: 3 });
  });
});
