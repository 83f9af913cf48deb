import { describe, expect, it } from 'vitest';
import { importPlan } from '../import-plan.js';

const read = (lines: string[]) => importPlan(new TextEncoder().encode(lines.join('\n')));
const rows = (items: { number: string | null; title: string; deadline?: { text: string } | null }[]) =>
  items.map((i) => [i.number, i.title, i.deadline?.text ?? null]);

describe('numbered plans typed as lines: never a dead end', () => {
  it('reads meetings that number their questions from 1 again, under a month and a heading, numbers glued to the text', async () => {
    const draft = await read([
      'План работы',
      'Сентябрь',
      'Заседание №1',
      '1.Утверждение плана работы',
      '2.Выборы совета клуба',
      'Октябрь',
      'Заседание №2',
      '1.Подготовка к конкурсу',
      '2. Ролевая игра «Выборы»',
    ]);
    const tree = draft.items.map((s) => [s.kind, s.title, rows(s.children ?? [])]);
    expect(tree).toEqual([
      [
        'section',
        'Заседание №1',
        [
          ['1', 'Утверждение плана работы', 'Сентябрь'],
          ['2', 'Выборы совета клуба', 'Сентябрь'],
        ],
      ],
      [
        'section',
        'Заседание №2',
        [
          ['1', 'Подготовка к конкурсу', 'Октябрь'],
          ['2', 'Ролевая игра «Выборы»', 'Октябрь'],
        ],
      ],
    ]);
  });

  it('leaves the plan title above the first group in the header', async () => {
    const draft = await read(['План работы клуба', 'Заседание №1', '1. Утверждение плана', '2. Выборы совета', 'Заседание №2', '1. Конкурс', '2. Викторина']);
    expect(draft.title).toBe('План работы клуба');
    expect(draft.items.map((s) => s.title)).toEqual(['Заседание №1', 'Заседание №2']);
  });

  it('takes no heading for a group where the numbering goes on', async () => {
    const draft = await read(['План работы', '1. Заседание комиссии', '2. Отчет о работе', 'Организационная работа', '3. Семинар']);
    expect(draft.items.every((i) => i.kind === 'item')).toBe(true);
  });

  it('reads a plan of only two numbered measures, the term after a dash', async () => {
    const draft = await read(['План работы ТИК на 2025 год', '1. Заседание комиссии — январь', '2. Отчет о работе — декабрь']);
    expect(rows(draft.items)).toEqual([
      ['1', 'Заседание комиссии', 'январь'],
      ['2', 'Отчет о работе', 'декабрь'],
    ]);
  });

  it('reads a list numbered with brackets when nothing is numbered with dots', async () => {
    const draft = await read(['План работы', '1) Провести заседание комиссии', '2) Подготовить отчет о работе', '3) Обучить членов УИК']);
    expect(rows(draft.items)).toEqual([
      ['1', 'Провести заседание комиссии', null],
      ['2', 'Подготовить отчет о работе', null],
      ['3', 'Обучить членов УИК', null],
    ]);
  });

  it('keeps a bracketed sub-list inside its item when the items are numbered with dots', async () => {
    const draft = await read([
      'План работы',
      '1. Обучение организаторов выборов:',
      '1) членов ТИК;',
      '2) членов УИК.',
      '2. Заседание комиссии',
      '3. Отчет о работе',
    ]);
    expect(draft.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(draft.items[0]!.title).toContain('членов ТИК');
  });

  it('a dash inside a title that is not a term stays in the title', async () => {
    const draft = await read(['План', '1. Семинар — практикум для членов УИК', '2. Конкурс «Избирательное право — детям»']);
    expect(rows(draft.items)).toEqual([
      ['1', 'Семинар — практикум для членов УИК', null],
      ['2', 'Конкурс «Избирательное право — детям»', null],
    ]);
  });

  it('the two points of a resolution are not a plan', async () => {
    await expect(read(['ПОСТАНОВЛЕНИЕ', '1. Утвердить план работы (прилагается).', '2. Опубликовать настоящее постановление.'])).rejects.toThrow(
      /не найден план/,
    );
  });

  it('a page cut after its first row: one numbered measure with its executors and term is a plan', async () => {
    const draft = await read([
      'Календарный план мероприятий по подготовке выборов',
      '1.   Уточнение списков избирателей',
      '',
      'Участковые избирательные комиссии. Не позднее чем за 10 дней до дня голосования',
    ]);
    expect(draft.items.map((i) => [i.number, i.title, i.deadline?.text, i.executors.map((e) => e.text)])).toEqual([
      ['1', 'Уточнение списков избирателей', 'Не позднее чем за 10 дней до дня голосования', ['Участковые избирательные комиссии']],
    ]);
  });

  it('one numbered sentence without a term or executors is still not a plan', async () => {
    await expect(read(['Отчёт комиссии', '1. Комиссия провела три заседания и рассмотрела двенадцать вопросов.'])).rejects.toThrow(/не найден план/);
    await expect(read(['ПОСТАНОВЛЕНИЕ', '1. Утвердить план работы (прилагается).'])).rejects.toThrow(/не найден план/);
  });

  it('a training programme numbering its topics with a word keeps the label as printed', async () => {
    const draft = await read([
      'УЧЕБНАЯ ПРОГРАММА',
      '«Организация работы территориальной комиссии»',
      '(скачать)',
      '',
      'Тема № 1. Полномочия комиссии (лекция)',
      'Тема № 2. Работа с обращениями (семинар)',
      'Занятие 3: Итоговый тест',
    ]);
    expect(draft.title).toBe('Учебная программа «Организация работы территориальной комиссии»');
    expect(draft.kind).toBe('programme');
    expect(rows(draft.items)).toEqual([
      ['Тема № 1', 'Полномочия комиссии (лекция)', null],
      ['Тема № 2', 'Работа с обращениями (семинар)', null],
      ['Занятие 3', 'Итоговый тест', null],
    ]);
  });

  it('a resolution whose points approve the plan, then the plan numbered from 1 again: the points stay out', async () => {
    const draft = await read([
      'ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ПРИМЕРНОГО РАЙОНА',
      'ПОСТАНОВЛЕНИЕ',
      '10 января 2025 г. № 4/12',
      'О плане работы на 2025 год',
      'Территориальная избирательная комиссия Примерного района постановляет:',
      '1. Утвердить План работы на 2025 год (прилагается).',
      '2. Направить настоящее постановление в участковые комиссии.',
      'Председатель комиссии А.А. Иванов',
      'План работы территориальной избирательной комиссии Примерного района на 2025 год',
      '1. Заседание комиссии — январь',
      '2. Обучение членов УИК — февраль',
    ]);
    expect(rows(draft.items)).toEqual([
      ['1', 'Заседание комиссии', 'январь'],
      ['2', 'Обучение членов УИК', 'февраль'],
    ]);
    expect(draft.title).toBe('План работы территориальной избирательной комиссии Примерного района на 2025 год');
    expect(draft.approval).toMatchObject({ date: '2025-01-10', number: '4/12' });
  });

  it('the numbered points under «постановляет:» are not a plan even without an approving verb', async () => {
    await expect(
      read([
        'ПОСТАНОВЛЕНИЕ',
        'Комиссия постановляет:',
        '1. Объявить 1 марта 2026 года днем выборов.',
        '2. Считать началом кампании 1 декабря 2025 года.',
        '3. Подготовить программу мероприятий.',
      ]),
    ).rejects.toThrow(/не найден план/);
  });

  it('cells closed by a few bars, one of them holding who, when and the article as sentences', async () => {
    const draft = await read([
      'Календарный план мероприятий по выборам депутатов городского маслихата',
      '1. Образование избирательных участков. | |',
      'Акимы районов. В течение десяти дней после назначения выборов, но не позднее 15 марта 2027 г. (ст. 23) |',
      '|',
      '2. Уточнение списков избирателей. | |',
      'Участковые избирательные комиссии. Со дня получения списков и до окончания голосования, включая обращения граждан о любых неточностях списка (ст. 26, ст. 27) |',
      '|',
    ]);
    const legal = draft.columns!.find((c) => c.role === 'legal_basis')!;
    expect(draft.items.map((i) => [i.number, i.deadline?.text, i.executors.map((e) => e.text), i.fields[legal.key]])).toEqual([
      ['1', 'В течение десяти дней после назначения выборов, но не позднее 15 марта 2027 г.', ['Акимы районов'], 'ст. 23'],
      [
        '2',
        'Со дня получения списков и до окончания голосования, включая обращения граждан о любых неточностях списка',
        ['Участковые избирательные комиссии'],
        'ст. 26, ст. 27',
      ],
    ]);
  });
});
