import { describe, expect, it } from 'vitest';
import { createExecutorMatcher, damerauLevenshtein } from './executors.parse.js';

const glossary = [
  { short: 'ИККО', full: 'Избирательная комиссия Калужской области' },
  { short: 'ТИК', full: 'территориальная избирательная комиссия' },
  { short: 'Информационный центр', full: 'Управление Информационного центра Избирательной комиссии' },
];

function parse(text: string, directory?: Parameters<typeof createExecutorMatcher>[1]) {
  const warnings: string[] = [];
  const matcher = createExecutorMatcher(glossary, directory, (m) => warnings.push(m));
  return { executors: matcher.parse(text, 1), warnings };
}

describe('executor splitting', () => {
  it.each<[string, string[]]>([
    ['ИККО ТИК', ['ИККО', 'ТИК']],
    ['ИККО, ТИК', ['ИККО', 'ТИК']],
    ['ИККО\nТИК', ['ИККО', 'ТИК']],
    // A cell hard-wrapped in the middle of a name: the line goes on with its place, body, initials or quote.
    ['аппарат Избирательной комиссии\nКемеровской области – Кузбасса, ТИК', ['аппарат Избирательной комиссии Кемеровской области – Кузбасса', 'ТИК']],
    ['Территориальные органы Администрации города\nЕкатеринбурга', ['Территориальные органы Администрации города Екатеринбурга']],
    ['Демидова С.А., Герасимова М.Н., Назина\nА.В.', ['Демидова С.А.', 'Герасимова М.Н.', 'Назина А.В.']],
    [
      'организация «Всероссийское\nОрдена Трудового Красного Знамени общество слепых», ТИК',
      ['организация «Всероссийское Ордена Трудового Красного Знамени общество слепых»', 'ТИК'],
    ],
    ['Дикалов А.Н.,\nМучаев Б.И.', ['Дикалов А.Н.', 'Мучаев Б.И.']],
    ['Дикалов А.Н. Поленичкина О.Д.', ['Дикалов А.Н.', 'Поленичкина О.Д.']],
    [
      'ТИК, Кемеровская областная организация\nОбщероссийской общественной организации инвалидов\n«Всероссийское общество слепых»',
      ['ТИК', 'Кемеровская областная организация Общероссийской общественной организации инвалидов «Всероссийское общество слепых»'],
    ],
    ['Председатель ТИК Шамова Н.Н.', ['Председатель ТИК Шамова Н.Н.']],
    ['КРГ ЦИК, эксперты', ['КРГ ЦИК', 'эксперты']],
    ['Петрова Е.А.; юридический отдел', ['Петрова Е.А.', 'юридический отдел']],
    ['ЦИК КР.', ['ЦИК КР']],
    ['организация «Общество слепых, глухих», ТИК', ['организация «Общество слепых, глухих»', 'ТИК']],
    ['Управление Информационного центра Избирательной комиссии (далее – Информационный центр)', ['Управление Информационного центра Избирательной комиссии']],
    // A lowercase name starting with the letters of «а» or «или» is an executor, not a clause.
    ['Сидоров П.П., аппарат комиссии', ['Сидоров П.П.', 'аппарат комиссии']],
    ['ТИК, избирательные комиссии поселений', ['ТИК', 'избирательные комиссии поселений']],
    ['ТИК, а также УИК', ['ТИК, а также УИК']],
    // A person's office after the comma is the same person; plural offices after names are a group.
    ['А.В. Кухтин,председатель ТИК города Шахты', ['А.В. Кухтин,председатель ТИК города Шахты']],
    ['Иванова И.И., секретарь комиссии, Петров П.П.', ['Иванова И.И., секретарь комиссии', 'Петров П.П.']],
    ['Шапша В.В., Чернов А.С., председатели избирательных комиссий', ['Шапша В.В.', 'Чернов А.С.', 'председатели избирательных комиссий']],
    ['ТИК, председатель УИК', ['ТИК', 'председатель УИК']],
  ])('%j', (text, expected) => expect(parse(text).executors.map((e) => e.text)).toEqual(expected));
});

describe('a person with an office', () => {
  it('is one person executor', () => {
    const [executor] = parse('Иванова И.И., секретарь комиссии').executors;
    expect(executor).toMatchObject({ text: 'Иванова И.И., секретарь комиссии', kind: 'person' });
  });
});

describe('an executor cell written as one sentence', () => {
  it('keeps a cell with a participial clause in the middle whole, and says so', () => {
    const text =
      'Главы муниципальных образований либо лица, уполномоченные на то представительным органом местного самоуправления, командиры воинских частей, а также руководители учреждений, в которых избиратели временно пребывают';
    const { executors, warnings } = parse(text);
    expect(executors.map((e) => e.text)).toEqual([text]);
    expect(warnings).toEqual([expect.stringMatching(/одним предложением.*одним исполнителем/)]);
  });

  it('still splits a list whose clause closes the cell, without a warning', () => {
    const { executors, warnings } = parse('ИККО, ТИК, действующие на территории района');
    expect(executors.map((e) => e.text)).toEqual(['ИККО', 'ТИК, действующие на территории района']);
    expect(warnings).toEqual([]);
  });

  it('an adjective before its noun opens no clause: «общественные организации» is an executor of its own', () => {
    const { executors, warnings } = parse('ТИК, общественные организации, независимые эксперты, СМИ');
    expect(executors.map((e) => e.text)).toEqual(['ТИК', 'общественные организации', 'независимые эксперты', 'СМИ']);
    expect(warnings).toEqual([]);
  });

  it('splits the entries before the clause', () => {
    const { executors } = parse('ИККО; члены комиссии, которые ведут прием, и эксперты');
    expect(executors.map((e) => e.text)).toEqual(['ИККО', 'члены комиссии, которые ведут прием, и эксперты']);
  });
});

describe('executor kinds and matches', () => {
  it.each([
    ['Герасимова М.Н.', 'person'],
    ['И.А. Алехина', 'person'],
    ['члены Рабочей группы', 'group'],
    ['председатели территориальных избирательных комиссий', 'group'],
    ['организационно-методический отдел', 'department'],
    ['аппарат Избирательной комиссии', 'department'],
    ['Министерство образования и науки Калужской области', 'organization'],
    ['МВД', 'organization'],
    ['МОиН КР', 'organization'],
    ['кто-нибудь', 'unknown'],
  ])('%s → %s', (text, kind) => expect(parse(text).executors[0]!.kind).toBe(kind));

  it('matches the glossary and flags a near miss with a suggestion', () => {
    const { executors, warnings } = parse('ИККО, ИЖКО, Информационный центр');
    expect(executors).toEqual([
      { text: 'ИККО', kind: 'organization', matched: 'Избирательная комиссия Калужской области' },
      { text: 'ИЖКО', kind: 'unknown', suggestion: 'ИККО' },
      { text: 'Информационный центр', kind: 'department', matched: 'Управление Информационного центра Избирательной комиссии' },
    ]);
    expect(warnings).toEqual(['Исполнитель «ИЖКО» не найден в сокращениях плана и справочнике; возможно, имелось в виду «ИККО»']);
  });

  it('prefers the directory name and matches people by surname and initials', () => {
    const directory = {
      organizations: [{ name: 'Избирательная комиссия Калужской области (ИККО)', shortName: 'ИККО' }],
      people: [{ name: 'Герасимова Мария Николаевна' }],
    };
    const { executors } = parse('ИККО, Герасимова М.Н., Петров П.П.', directory);
    expect(executors.map((e) => e.matched)).toEqual(['Избирательная комиссия Калужской области (ИККО)', 'Герасимова Мария Николаевна', null]);
  });

  it('measures edit distance with transpositions', () => {
    expect([damerauLevenshtein('ИЖКО', 'ИККО'), damerauLevenshtein('ИККО', 'ИКОК'), damerauLevenshtein('ТИК', 'ТИК')]).toEqual([1, 1, 0]);
  });
});
