import { describe, expect, it } from 'vitest';
import { allItems, byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Layouts and details the five seeds do not have: the importer must not be tuned to them.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1251 bytes, as old Word and 1C save Russian text. */
function cp1251(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1251');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return new Uint8Array([...text].map((ch) => table.get(ch) ?? 0x3f));
}

describe('pipe table (Markdown) with co-executors and an unknown column', () => {
  const text = [
    'ПЛАН работы Территориальной избирательной комиссии города Калуги на 2025 год',
    '',
    '| № | Наименование мероприятия | Срок исполнения | Ответственные | Соисполнители | Отметка о выполнении | Ссылка |',
    '|---|---|---|---|---|---|---|',
    '| 1 | Раздел 1. Организационные мероприятия | | | | | |',
    '| 1.1 | Заседание комиссии | ежемесячно | Председатель ТИК Иванов И.И. | УИК | | http://example.org |',
    '| 1.2 | Подготовка отчета | до 1 февраля | секретарь комиссии | | выполнено | |',
  ].join('\n');

  it('reads roles, keeps every column and marks co-executors', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.title).toBe('План работы Территориальной избирательной комиссии города Калуги на 2025 год');
    expect(draft.kind).toBe('work_plan');
    expect(draft.columns?.map((c) => [c.key, c.role])).toEqual([
      ['number', 'number'],
      ['title', 'title'],
      ['deadline', 'deadline'],
      ['executors', 'executors'],
      ['co_executors', 'co_executors'],
      ['note', 'note'],
      ['ссылка', 'field'],
    ]);
    expect(counts(draft)).toEqual({ sections: 1, items: 2 });
    const i11 = byNumber(draft, '1.1');
    expect(i11.executors).toEqual([
      { text: 'Председатель ТИК Иванов И.И.', kind: 'person', matched: null, column: 'executors' },
      { text: 'УИК', kind: 'organization', role: 'co_executor', column: 'co_executors' },
    ]);
    expect(i11.fields).toEqual({ ссылка: 'http://example.org' });
    expect(byNumber(draft, '1.2').fields).toEqual({ note: 'выполнено' });
  });
});

describe('box-drawing table with cells wrapped over lines', () => {
  const text = [
    'План мероприятий ТИК на 2024 год',
    '┌────┬──────────────────────┬──────────┬────────────┐',
    '│ №  │ Наименование         │ Срок     │ Исполнитель│',
    '├────┼──────────────────────┼──────────┼────────────┤',
    '│ 1  │ Проведение семинара  │ Март     │ ТИК        │',
    '│    │ для членов УИК       │          │            │',
    '├────┼──────────────────────┼──────────┼────────────┤',
    '│ 2  │ Отчет о работе       │ Декабрь  │ ТИК        │',
    '└────┴──────────────────────┴──────────┴────────────┘',
  ].join('\n');

  it('joins the wrapped lines of a row', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.items.map((i) => [i.number, i.title, i.deadline?.text])).toEqual([
      ['1', 'Проведение семинара для членов УИК', 'Март'],
      ['2', 'Отчет о работе', 'Декабрь'],
    ]);
  });
});

describe('box-drawing calendar plan with a section drawn across all columns and a law column', () => {
  const text = [
    'Календарный план мероприятий по подготовке и проведению выборов',
    '┌───┬──────────────────┬────────────────┬──────────────┬─────────┐',
    '│ N │Содержание        │Срок исполнения │  Исполнители │ Статья  │',
    '│п/п│мероприятий       │                │              │ закона  │',
    '├───┴──────────────────┴────────────────┴──────────────┴─────────┤',
    '│        Избирательные участки и списки избирателей              │',
    '├───┬──────────────────┬────────────────┬──────────────┬─────────┤',
    '│1  │Уточнение перечня │Не позднее 10   │Глава         │ст. 19   │',
    '│   │участков          │июня            │администрации │         │',
    '└───┴──────────────────┴────────────────┴──────────────┴─────────┘',
  ].join('\n');

  it('reads the lone cell between borders as the section, and «Статья закона» as the legal basis', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.items.map((i) => [i.kind, i.number, i.title])).toEqual([['section', null, 'Избирательные участки и списки избирателей']]);
    const item = draft.items[0]!.children[0]!;
    expect([item.number, item.title, item.deadline?.text]).toEqual(['1', 'Уточнение перечня участков', 'Не позднее 10 июня']);
    const law = draft.columns!.find((c) => c.role === 'legal_basis')!;
    expect(law.title).toBe('Статья закона');
    expect(item.fields[law.key]).toBe('ст. 19');
  });
});

describe('HTML in Windows-1251 with merged cells, Roman sections and a glossary', () => {
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><style>p{}</style></head><body>
<p align=right>УТВЕРЖДЕН<br>решением Территориальной избирательной комиссии Дзержинского района<br>от 15.01.2024 № 45/210</p>
<h2>ПЛАН мероприятий по повышению правовой культуры избирателей на 1 полугодие 2024 года</h2>
<table border=1>
<tr><th>№ п/п</th><th>Мероприятие</th><th>Срок</th><th>Исполнители</th><th>Правовое основание</th></tr>
<tr><td colspan=5><b>I. Работа с молодежью</b></td></tr>
<tr><td>1.</td><td>Конкурс рисунков &laquo;Мы выбираем&raquo;</td><td rowspan=2>февраль &ndash; март</td><td>Петров П.П.<br>Сидорова А.Б.</td><td>п. 1 ст. 5 Закона</td></tr>
<tr><td>2.</td><td><p>Викторина</p><ul><li>в школах;</li><li>в колледжах</li></ul></td><td>ТИК, УИК</td><td></td></tr>
<tr><td colspan=5><b>II. Работа с избирателями старшего возраста</b></td></tr>
<tr><td>1.</td><td>Встречи в советах ветеранов</td><td>апрель</td><td>ТИК</td><td></td></tr>
</table>
<p>Используемые сокращения:</p><p>ТИК – территориальная избирательная комиссия</p><p>УИК – участковая избирательная комиссия</p>
</body></html>`;

  it('reads approval, half-year period, merged deadline and sections numbered apart from items', async () => {
    const draft = await importPlan(cp1251(html), { fileName: 'plan.htm' });
    expect(draft.approval).toEqual({
      authority: 'Территориальная избирательная комиссия Дзержинского района',
      date: '2024-01-15',
      number: '45/210',
      actKind: 'решение',
    });
    expect(draft.title).toBe('План мероприятий по повышению правовой культуры избирателей на 1 полугодие 2024 года');
    expect(draft.period).toEqual({ start: '2024-01-01', end: '2024-06-30' });
    expect(counts(draft)).toEqual({ sections: 2, items: 3 });
    expect(draft.items.map((s) => [s.number, s.title, s.children.map((c) => c.number)])).toEqual([
      ['I', 'Работа с молодежью', ['1', '2']],
      ['II', 'Работа с избирателями старшего возраста', ['1']],
    ]);
    const [first, second] = draft.items[0]!.children;
    expect(first!.title).toBe('Конкурс рисунков «Мы выбираем»');
    expect(first!.executors.map((e) => [e.text, e.kind])).toEqual([
      ['Петров П.П.', 'person'],
      ['Сидорова А.Б.', 'person'],
    ]);
    expect(first!.fields.legal_basis).toBe('п. 1 ст. 5 Закона');
    expect(second!.deadline?.text).toBe('февраль – март');
    expect(second!.title).toBe('Викторина в школах; в колледжах');
    expect(executorTexts(second!)).toEqual(['ТИК', 'УИК']);
    expect(second!.executors[0]!.matched).toBe('территориальная избирательная комиссия');
    expect(draft.abbreviations).toHaveLength(2);
  });
});

describe('Windows-1251 tab-separated text', () => {
  it('is decoded and imported', async () => {
    const text = 'План работы ТИК на 2023 год\r\n№\tНаименование\tСрок\tИсполнитель\r\n1\tСеминар\tМай\tТИК\r\n2\tОтчёт\tДекабрь\tТИК\r\n';
    const draft = await importPlan(cp1251(text));
    expect(draft.items.map((i) => i.title)).toEqual(['Семинар', 'Отчёт']);
    expect(draft.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });
});

describe('calendar plan with an election anchor', () => {
  const text = [
    'КАЛЕНДАРНЫЙ ПЛАН',
    'мероприятий по подготовке и проведению выборов депутатов Городской Думы',
    'День голосования – 8 сентября 2024 года',
    '',
    '№\tСодержание мероприятия\tСрок исполнения\tИсполнители',
    '1\tОпубликование решения о назначении выборов\tне позднее чем через 5 дней со дня принятия решения\tГородская Дума',
    '2\tПредставление списка избирательных участков\tне позднее чем за 45 дней до дня голосования\tТИК',
  ].join('\n');

  it('finds the voting day, the kind and keeps deadline texts', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.elections).toEqual([{ name: 'Выборы депутатов Городской Думы', votingDay: '2024-09-08', calledOn: null }]);
    expect(draft.kind).toBe('calendar');
    expect(draft.title).toBe('Календарный план мероприятий по подготовке и проведению выборов депутатов Городской Думы');
    // From the earliest calling (100 days before voting day) to three months after it.
    expect(draft.period).toEqual({ start: '2024-05-31', end: '2024-12-07' });
    expect(byNumber(draft, '2').deadline?.text).toBe('не позднее чем за 45 дней до дня голосования');
  });
});

describe('month headings inside a table and an appendix-style approval', () => {
  const text = [
    'Приложение',
    'к постановлению Избирательной комиссии Тверской области',
    'от 10.07.2012 № 40/244-5',
    '',
    'План заседаний комиссии на 2012 год',
    '№\tВопрос\tОтветственный',
    'Январь\t\t',
    '1\tОб итогах работы за 2011 год\tИванов И.И.',
    '2\tО плане обучения\tПетров П.П.',
    'Февраль\t\t',
    '3\tО работе с обращениями\tСидоров С.С.',
  ].join('\n');

  it('applies each month to the rows below it', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.approval).toEqual({ authority: 'Избирательная комиссия Тверской области', date: '2012-07-10', number: '40/244-5', actKind: 'постановление' });
    expect(draft.items.map((i) => [i.number, i.deadline?.text])).toEqual([
      ['1', 'Январь'],
      ['2', 'Январь'],
      ['3', 'Февраль'],
    ]);
    expect(allItems(draft.items).some((i) => i.title === 'Январь')).toBe(false);
  });

  it('reads an approval without the authority', async () => {
    const draft = await importPlan(utf8(text.replace('Избирательной комиссии Тверской области\nот', 'от')));
    expect(draft.approval).toEqual({ authority: null, date: '2012-07-10', number: '40/244-5', actKind: 'постановление' });
  });
});

describe('unnumbered rows under bold headings, no number column', () => {
  const text = [
    'Перечень мероприятий на 2023 год',
    'Мероприятие\tСрок\tОтветственный',
    '**Работа с молодёжью**\t\t',
    'Конкурс эссе\tапрель\tТИК',
    'Деловая игра\tмай\tТИК',
    '**Работа с ветеранами**\t\t',
    'Встречи\tиюнь\tТИК',
  ].join('\n');

  it('builds sections from bold rows and numbers the rows in order; the headings keep no number, as printed', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.items.map((s) => [s.kind, s.number, s.title, s.children.map((c) => `${c.number} ${c.title}`)])).toEqual([
      ['section', null, 'Работа с молодёжью', ['1 Конкурс эссе', '2 Деловая игра']],
      ['section', null, 'Работа с ветеранами', ['3 Встречи']],
    ]);
  });
});

describe('executors matched to the organisation directory', () => {
  it('matches short names, full names and people; suggests near misses', async () => {
    const text =
      '№\tНаименование\tСрок\tИсполнители\n1\tСовещание\tЯнварь\tИККО, Иванов И.И.\n2\tСеминар\tМарт\tИзбирательная комиссия Калужской области\n3\tОтчёт\tДекабрь\tИКК0\n';
    const draft = await importPlan(utf8(text), {
      directory: {
        organizations: [{ name: 'Избирательная комиссия Калужской области', shortName: 'ИККО' }],
        people: [{ name: 'Иванов Иван Иванович' }],
      },
    });
    expect(byNumber(draft, '1').executors).toEqual([
      { text: 'ИККО', kind: 'organization', matched: 'Избирательная комиссия Калужской области' },
      { text: 'Иванов И.И.', kind: 'person', matched: 'Иванов Иван Иванович' },
    ]);
    expect(byNumber(draft, '2').executors[0]!.matched).toBe('Избирательная комиссия Калужской области');
    expect(byNumber(draft, '3').executors[0]).toMatchObject({ kind: 'unknown', suggestion: 'ИККО' });
  });
});
