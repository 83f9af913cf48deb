import { describe, expect, it } from 'vitest';
import type { DraftItem } from '../../../shared/plan-format.js';
import { allItems, executorTexts } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';
import { ImportError } from '../import-error.js';

const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);
const read = (lines: string[]) => importPlan(utf8(lines.join('\n')));

describe('plan written as a list', () => {
  it('reads the directions under a Roman-numbered section as its items, a paragraph of two sentences each', async () => {
    const draft = await read([
      'ПЛАН',
      'работы территориальной избирательной комиссии на первое полугодие 2010 года',
      'I. Основные направления деятельности',
      'Обеспечение контроля за соблюдением избирательных прав граждан.',
      'Организация обучения членов участковых комиссий. Проведение семинаров в поселениях.',
      'Взаимодействие со средствами массовой информации.',
    ]);
    const sections = allItems(draft.items).filter((i) => i.kind === 'section');
    expect(sections.map((s) => [s.number, s.title])).toEqual([['I', 'Основные направления деятельности']]);
    const items = allItems(draft.items).filter((i) => i.kind === 'item');
    expect(items.map((i) => i.title)).toEqual([
      'Обеспечение контроля за соблюдением избирательных прав граждан.',
      'Организация обучения членов участковых комиссий. Проведение семинаров в поселениях.',
      'Взаимодействие со средствами массовой информации.',
    ]);
  });

  it('reads a Roman number printed alone on the line above its section title', async () => {
    const draft = await read([
      'План работы комиссии на II полугодие 2021 года',
      'II.',
      'Основные направления работы',
      'Осуществление контроля за соблюдением избирательных прав граждан в единый день голосования 19 сентября 2021 года.',
      'Оказание помощи территориальным комиссиям при подготовке выборов 19 сентября 2021 года.',
    ]);
    const sections = allItems(draft.items).filter((i) => i.kind === 'section');
    expect(sections.map((s) => [s.number, s.title])).toEqual([['II', 'Основные направления работы']]);
    expect(allItems(draft.items).filter((i) => i.kind === 'item')).toHaveLength(2);
  });

  it('reads topics printed as names in quotes, several sentences inside the quotes', async () => {
    const draft = await read([
      'Комиссия утвердила программу обучения.',
      'Темы занятий:',
      '«Организация работы УИК. Полномочия УИК»;',
      '«Составление списков избирателей»;',
      '«Подсчет голосов. Составление протокола»;',
    ]);
    const items = allItems(draft.items).filter((i) => i.kind === 'item');
    expect(items.map((i) => i.title)).toEqual([
      '«Организация работы УИК. Полномочия УИК»',
      '«Составление списков избирателей»',
      '«Подсчет голосов. Составление протокола»',
    ]);
  });

  it('still takes lines of two sentences outside quotes for prose', async () => {
    await expect(
      read(['Итоги года:', 'Проведено пять семинаров. Обучены все члены УИК;', 'Выпущены памятки. Тираж разошелся;', 'Открыт клуб. Занятия идут;']),
    ).rejects.toBeInstanceOf(ImportError);
  });

  it('takes no prose under a Roman-numbered heading for directions', async () => {
    await expect(
      read([
        'I. Общие положения',
        'Комиссия работает в соответствии с законом. Заседания проводятся по мере необходимости.',
        'Решения комиссии публикуются на сайте администрации района.',
        'Комиссия отчитывается перед вышестоящей комиссией.',
      ]),
    ).rejects.toBeInstanceOf(ImportError);
  });

  it('reads groups under colon headings, the deadline after a dash, and leaves a report of the past out', async () => {
    const draft = await read([
      'ТИК утвердила план работы на 2026 год.',
      'В прошлом году члены комиссии показали высокую активность:',
      'провели 12 семинаров;',
      'приняли участие в конкурсе.',
      'Основные направления:',
      '- обучение членов УИК — до 1 марта;',
      '- заседание по итогам выборов — после опубликования итогов;',
      '- день открытых дверей — 15 февраля.',
      'Также в планах:',
      'взаимодействие с молодежным парламентом;',
      'участие в областном конкурсе.',
    ]);
    expect(draft.source!.layout).toBe('listed');
    const sections = allItems(draft.items).filter((i) => i.kind === 'section');
    expect(sections.map((s) => s.title)).toEqual(['Основные направления', 'Также в планах']);
    const items = allItems(draft.items).filter((i) => i.kind === 'item');
    expect(items.map((i) => [i.title, i.deadline?.text ?? null])).toEqual([
      ['обучение членов УИК', 'до 1 марта'],
      // Most lines of the list say «what — when», so this one does too.
      ['заседание по итогам выборов', 'после опубликования итогов'],
      ['день открытых дверей', '15 февраля'],
      ['взаимодействие с молодежным парламентом', null],
      ['участие в областном конкурсе.', null],
    ]);
    // The report of last year is not an item, and it is not dropped without a word.
    expect(draft.warnings.some((w) => /о сделанном.*провели 12 семинаров/.test(w.message))).toBe(true);
  });

  it('a month over bullets is a section, and the bullet after a measure that names a body is its executor', async () => {
    const draft = await read([
      'План работы молодежного совета на 2019 год',
      '2. Март - Май',
      '• О конкурсе среди студентов;',
      '• Молодежный совет',
      '• О дне молодого избирателя;',
      '• Аппарат избирательной комиссии',
      '• Молодежный совет',
    ]);
    const [section] = draft.items;
    expect([section!.kind, section!.number, section!.title]).toEqual(['section', null, 'Март - Май']);
    expect(section!.children.map((i) => [i.title, executorTexts(i)])).toEqual([
      ['О конкурсе среди студентов', ['Молодежный совет']],
      ['О дне молодого избирателя', ['Аппарат избирательной комиссии', 'Молодежный совет']],
    ]);
  });

  it('keeps the printed number of a heading («1 Учебный курс …:»)', async () => {
    const draft = await read([
      '1 Учебный курс для членов ТИК:',
      'Правовые основы выборов.',
      'Регистрация (учет) избирателей.',
      'Работа со списками избирателей.',
    ]);
    expect([draft.items[0]!.number, draft.items[0]!.title]).toEqual(['1', 'Учебный курс для членов ТИК']);
    expect(draft.items[0]!.children).toHaveLength(3);
  });

  it('reads bullets run into one line and a deadline in brackets at the end', async () => {
    const draft = await read([
      'ЦИК утвердила график:',
      '• выдвижение кандидатов (до 14 декабря); • регистрация кандидатов (с 29 ноября по 24 декабря); • день тишины (13 января).',
    ]);
    const items = allItems(draft.items).filter((i) => i.kind === 'item');
    expect(items.map((i) => [i.title, i.deadline?.text ?? null])).toEqual([
      ['выдвижение кандидатов', 'до 14 декабря'],
      ['регистрация кандидатов', 'с 29 ноября по 24 декабря'],
      ['день тишины', '13 января'],
    ]);
  });

  it.each([
    ['a list that only completes its sentence', ['Программа состоит из курсов:', 'для членов ТИК;', 'для членов УИК;', 'для представителей СМИ.']],
    ['the points of a resolution', ['Комиссия постановляет:', 'Утвердить план.', 'Направить план в ТИК.', 'Разместить на сайте.']],
    ['a site menu of names without list punctuation', ['Разделы:', 'Новости', 'Документы', 'Контакты']],
  ])('is not a plan: %s', async (_label, lines) => {
    await expect(read(lines)).rejects.toBeInstanceOf(ImportError);
  });
});

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
