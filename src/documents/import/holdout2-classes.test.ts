import { describe, expect, it } from 'vitest';
import { byNumber, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';
import { headerRole, isHeaderRow } from './records/column-roles.js';

// Classes found on the second held-out set (test/fixtures/import-corpus, ids in each describe);
// every line below is quoted from the published text named.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('a heading with a long explanation in brackets (irkutsk-legal-education-complex-of-measures-2010)', () => {
  const executors =
    'Исполнители\n(органы, организации\nи объединения,\nреализующие\nмероприятия\nКомплекса мер в\nсоответствии с\nзаконодательством)';

  it('is named by the words outside the brackets', () => {
    expect(headerRole(executors)).toBe('executors');
    expect(isHeaderRow(['N\nп/п', 'Наименование мероприятия', executors, 'Сроки\nпроведения'])).toBe(true);
  });

  it('bars that open cells: the heading goes on over lines, a footnote mark under the number follows the title', async () => {
    const text = [
      'N',
      'п/п',
      '| Наименование мероприятия',
      ...executors.split('\n').map((l, k) => (k === 0 ? `| ${l}` : l)),
      '| Сроки',
      'проведения',
      '|',
      '1',
      '| 2',
      '| 3',
      '| 4',
      '|',
      '1.1',
      '<*>',
      '| Взаимодействие избирательных',
      'комиссий с органами государственной',
      'власти и органами местного',
      'самоуправления области,',
      '| Комиссия,',
      'ТИК',
      '| Весь',
      'период',
      '|',
      '1.2',
      '| Разработка типовой обучающей',
      'программы "Школа избирательного',
      'права" на 2010 год',
      '| Комиссия',
      '| Январь -',
      'февраль',
      '|',
    ].join('\n');
    const draft = await importPlan(utf8(text));
    expect(draft.columns!.map((c) => c.role)).toEqual(['number', 'title', 'executors', 'deadline']);
    expect(draft.columns![2]!.title).toBe(executors.replace(/\n/g, ' '));
    const first = byNumber(draft, '1.1');
    expect(first.title.startsWith('Взаимодействие избирательных')).toBe(true);
    expect(first.title.endsWith('<*>')).toBe(true);
    expect(executorTexts(first)).toEqual(['Комиссия', 'ТИК']);
  });
});
