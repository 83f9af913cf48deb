import { describe, expect, it } from 'vitest';
import type { DraftItem } from '../../../shared/plan-format.js';
import { importPlan } from '../import-plan.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const rows = (items: readonly DraftItem[]): string[] =>
  items.flatMap((i) => [`${i.kind ?? 'item'}: ${i.title}${i.deadline ? ` | ${i.deadline.text}` : ''}`, ...rows(i.children ?? [])]);

describe('a calendar plan retold as a list', () => {
  it('reads headings with a colon, dash items and the term after the dash', async () => {
    const draft = await importPlan(
      utf8(
        [
          'ЦИК утвердила календарный план выборов.',
          'Работа со списками избирателей:',
          '- публикация предварительных списков — до 14 октября;',
          '- прием заявлений — с 8 октября по 14 ноября.',
          'Выдвижение кандидатов:',
          '- уведомление партий — после назначения выборов;',
          '- выдвижение кандидатов — до 30 октября.',
        ].join('\n'),
      ),
    );
    expect(rows(draft.items)).toEqual([
      'section: Работа со списками избирателей',
      'item: публикация предварительных списков | до 14 октября',
      'item: прием заявлений | с 8 октября по 14 ноября',
      'section: Выдвижение кандидатов',
      'item: уведомление партий | после назначения выборов',
      'item: выдвижение кандидатов | до 30 октября',
    ]);
  });

  it('takes the term before the dash when it comes first, after emoji bullets', async () => {
    const draft = await importPlan(utf8(['График выборов', '', '▪️13 января - день тишины', '', '▪️14 января - день голосования.'].join('\n')));
    expect(rows(draft.items)).toEqual(['item: день тишины | 13 января', 'item: день голосования | 14 января']);
  });

  it('reads Kyrgyz lines that put the term first', async () => {
    const draft = await importPlan(
      utf8(
        [
          'Календардык пландын негизги этаптары:',
          '2023-жылдын 25-июлуна чейин шайлоочулардын алдын ала тизмесин илүү;',
          '2023-жылдын 21-августуна чейин шайлоочулардын контролдук тизмесин илүү;',
        ].join('\n'),
      ),
    );
    expect(rows(draft.items)).toEqual([
      'section: Календардык пландын негизги этаптары',
      'item: шайлоочулардын алдын ала тизмесин илүү | 2023-жылдын 25-июлуна чейин',
      'item: шайлоочулардын контролдук тизмесин илүү | 2023-жылдын 21-августуна чейин',
    ]);
  });

  it('does not take a list without dates for a plan', async () => {
    await expect(
      importPlan(
        utf8(
          ['Назначены выборы акимов:', '- акима села Актас;', '- акима Сарыкольского сельского округа;', '- акима Береговского сельского округа;'].join('\n'),
        ),
      ),
    ).rejects.toThrow(/не найден план/);
  });
});
