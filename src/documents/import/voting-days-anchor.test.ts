/**
 * Anchor lines of elections voted over several days (ст. 63.1 67-ФЗ): the election gets its number of voting days,
 * ending on the last date printed; a voting day given as a list item («14 января - день голосования») is read too.
 */
import { describe, expect, it } from 'vitest';
import type { DocLine } from './doc-lines.js';
import { parseElections } from './elections.parse.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));

describe('voting over several days', () => {
  it.each<[string, string, number | null]>([
    ['Дни голосования – 12, 13 и 14 сентября 2025 года', '2025-09-14', 3],
    ['Дни голосования: 13 и 14 сентября 2025 года', '2025-09-14', 2],
    ['Дни голосования – 12-14 сентября 2025 года', '2025-09-14', 3],
    ['День голосования – 14 сентября 2025 года (с 12 по 14 сентября)', '2025-09-14', 3],
    ['День голосования – 14 сентября 2025 года', '2025-09-14', 1],
    // Not consecutive, or longer than the law allows: the days are kept as printed, never guessed.
    ['Дни голосования – 10 и 14 сентября 2025 года', '2025-09-14', null],
    ['Дни голосования – 10-14 сентября 2025 года', '2025-09-14', null],
  ])('%s', (text, votingDay, dayCount) => {
    const [e] = parseElections(lines('Календарный план мероприятий по подготовке и проведению выборов', text));
    expect(e).toMatchObject({ votingDay, dayCount });
  });

  it('reads a voting day given as a list item, the year from the rest of the document', () => {
    const doc = lines('План работы на 2026 год', '• 14 января - день голосования', '• 20 января - подведение итогов');
    expect(parseElections(doc)).toMatchObject([{ votingDay: '2026-01-14', dayCount: 1 }]);
    const multi = lines('План работы на 2025 год', '12, 13 и 14 сентября – дни голосования');
    expect(parseElections(multi)).toMatchObject([{ votingDay: '2025-09-14', dayCount: 3 }]);
  });

  it('takes no year when the document names several', () => {
    const doc = lines('План работы на 2025-2026 годы', '14 января - день голосования', 'утвержден 20.12.2025', 'отчет до 01.02.2026');
    expect(parseElections(doc)).toEqual([]);
  });
});
