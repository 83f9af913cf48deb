import { describe, expect, it } from 'vitest';
import { byNumber, counts, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// General layout classes found on plans the team had not seen; the fixtures are synthetic,
// written in the shape of each class, not copied from any one document.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('cells closed by « |» over several lines, after a resolution that approves the plan', () => {
  const text = [
    'ПОСТАНОВЛЕНИЕ',
    'избирательной комиссии Энской области',
    'от 10 января 2013 г. N 45/300',
    'О плане мероприятий',
    'Избирательная комиссия Энской области постановляет:',
    '1.Утвердить план мероприятий, посвященных юбилею избирательной системы (прилагается).',
    '2.Контроль за исполнением настоящего постановления возложить на секретаря комиссии.',
    'Председатель комиссии И.И. Иванов',
    'Секретарь комиссии П.П. Петров',
    'ПЛАН',
    'мероприятий, посвященных юбилею избирательной системы',
    'N',
    'п/п |',
    'Наименование мероприятия |',
    'Сроки в 2013',
    'году |',
    'Ответственные |',
    '1. |',
    'Торжественное заседание',
    'Избирательной комиссии',
    'области |',
    'Сентябрь |',
    'Иванов И.И.',
    'Петров П.П. |',
    '2. |',
    'Конкурс среди молодых',
    'избирателей |',
    'Март - май |',
    'Сидоров С.С. |',
    '3. |',
    'Выставка материалов |',
    'Октябрь |',
    '|',
  ].join('\n');

  it('reads the plan after «ПЛАН», not the points of the resolution', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors']);
    expect(counts(draft)).toEqual({ sections: 0, items: 3 });
    const first = byNumber(draft, '1');
    expect(first.title).toBe('Торжественное заседание Избирательной комиссии области');
    expect(first.deadline?.text).toBe('Сентябрь');
    expect(executorTexts(first)).toEqual(['Иванов И.И.', 'Петров П.П.']);
    expect(byNumber(draft, '2').title).toBe('Конкурс среди молодых избирателей');
    expect(executorTexts(byNumber(draft, '3'))).toEqual([]);
    expect(draft.approval?.number).toBe('45/300');
  });
});

describe('cells opened by «| » at the line start', () => {
  const text = [
    'ПЛАН',
    'основных мероприятий территориальной избирательной комиссии на 2021 год',
    'N п/п',
    '| Наименование мероприятия',
    '| Срок исполнения',
    '| Исполнители',
    '1.',
    '| Проведение обучения членов участковых комиссий',
    '| Февраль - март',
    '| Председатель ТИК',
    '2.',
    '| Подготовка отчета о расходовании средств',
    '| до 1 декабря',
    '|',
    '| Бухгалтер ТИК',
    '3.',
    '| Прием граждан',
    '| ежемесячно',
    '| Члены ТИК',
  ].join('\n');

  it('splits cells at the bars and keeps no bar in any cell', async () => {
    const draft = await importPlan(utf8(text));
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors']);
    expect(counts(draft)).toEqual({ sections: 0, items: 3 });
    expect(byNumber(draft, '1').title).toBe('Проведение обучения членов участковых комиссий');
    expect(byNumber(draft, '1').deadline?.text).toBe('Февраль - март');
    // The lone bar is a cell boundary, not an executor.
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Бухгалтер ТИК']);
    expect(executorTexts(byNumber(draft, '3'))).toEqual(['Члены ТИК']);
  });

  it('splits a line holding two cells between bars', async () => {
    const draft = await importPlan(
      utf8(
        [
          'План работы ТИК на 2022 год',
          'N п/п',
          'Мероприятия | Срок исполнения',
          '| Ответственные',
          '1.',
          'Заседание комиссии | ежемесячно',
          '| Председатель ТИК',
          '2.',
          'Семинар для членов УИК',
          '| март',
          '| Секретарь ТИК',
        ].join('\n'),
      ),
    );
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors']);
    expect(byNumber(draft, '1').title).toBe('Заседание комиссии');
    expect(byNumber(draft, '1').deadline?.text).toBe('ежемесячно');
    expect(executorTexts(byNumber(draft, '1'))).toEqual(['Председатель ТИК']);
    expect(byNumber(draft, '2').title).toBe('Семинар для членов УИК');
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Секретарь ТИК']);
  });
});

describe('numbered paragraphs whose columns run together as sentences, no header', () => {
  const text = [
    'КАЛЕНДАРНЫЙ ПЛАН',
    'мероприятий по подготовке и проведению выборов депутатов районного маслихата',
    '1. Опубликование сообщения о назначении выборов в средствах массовой информации',
    'Районная избирательная комиссия. Не позднее чем через десять дней после назначения выборов. Не позднее 31 октября 2020 года',
    '(пп.6) ст.14, ст.22)',
    '2. Образование избирательных округов по выборам депутатов',
    'Районная избирательная комиссия, акимат района. Не позднее чем за два месяца до дня выборов. Не позднее 8 ноября 2020 года',
    '(пп.3) ст.14, ст.23)',
    '3. Выдвижение кандидатов в депутаты',
    'Политические партии, граждане. Начинается со дня, следующего за днем опубликования. Заканчивается 18 часов местного времени 10 ноября 2020 года',
    '(ст.88)',
  ].join('\n');

  it('reads executors, the deadline sentences and the law reference, and says the columns were inferred', async () => {
    const draft = await importPlan(utf8(text));
    expect(counts(draft)).toEqual({ sections: 0, items: 3 });
    const first = byNumber(draft, '1');
    expect(first.title).toBe('Опубликование сообщения о назначении выборов в средствах массовой информации');
    expect(executorTexts(first)).toEqual(['Районная избирательная комиссия']);
    expect(first.deadline?.text).toBe('Не позднее чем через десять дней после назначения выборов. Не позднее 31 октября 2020 года');
    const law = draft.columns?.find((c) => c.role === 'legal_basis');
    expect(law).toBeDefined();
    expect(first.fields?.[law!.key]).toBe('(пп.6) ст.14, ст.22)');
    const third = byNumber(draft, '3');
    expect(third.title).toBe('Выдвижение кандидатов в депутаты');
    expect(executorTexts(third)).toEqual(['Политические партии', 'граждане']);
    expect(third.deadline?.text).toContain('Начинается со дня, следующего за днем опубликования.');
    expect(draft.warnings.some((w) => /без таблицы и строки заголовков/.test(w.message))).toBe(true);
  });
});

describe('Kyrgyz one-cell-per-line table with an unnumbered section row and defined short names', () => {
  const text = [
    'Шайлоонун календардык планы',
    '№',
    'Иш-чаралардын мазмуну',
    'Аткаруу мөөнөтү',
    'Жооптуу аткаруучулар',
    '1',
    'Шайлоону дайындоо',
    'Шайлоо күнүнө чейин 90 күндөн кечиктирбестен',
    'Жогорку Кеңеш',
    '2',
    'Шайлоо тилкелерин түзүү',
    'Шайлоо дайындалгандан кийин 10 күндөн кечиктирбестен',
    'Борбордук шайлоо комиссиясы',
    '(мындан ары – БШК)',
    'Шайлоочулардын тизмелери менен иштөө',
    '3',
    'Шайлоочулардын тизмелерин тактоо',
    'Шайлоо күнүнө чейин 40 күндөн кечиктирбестен',
    'Участкалык шайлоо комиссиялары (мындан ары – УШК)',
    '4',
    'Тизмелерди тааныштыруу үчүн берүү',
    'Шайлоо күнүнө чейин 20 күндөн кечиктирбестен',
    'УШК',
  ].join('\n');

  it('makes the lone row a section and keeps each definition with its executor', async () => {
    const draft = await importPlan(utf8(text));
    expect(counts(draft)).toEqual({ sections: 1, items: 4 });
    const section = draft.items.find((i) => i.kind === 'section');
    expect(section?.title).toBe('Шайлоочулардын тизмелери менен иштөө');
    expect(section?.children?.map((c) => c.number)).toEqual(['3', '4']);
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Борбордук шайлоо комиссиясы (мындан ары – БШК)']);
    expect(byNumber(draft, '2').deadline?.text).toBe('Шайлоо дайындалгандан кийин 10 күндөн кечиктирбестен');
    expect(executorTexts(byNumber(draft, '3'))).toEqual(['Участкалык шайлоо комиссиялары (мындан ары – УШК)']);
  });
});

describe('law references after the executors in one cell', () => {
  const text = [
    'Календарный план мероприятий по подготовке и проведению выборов',
    '№',
    'Наименование мероприятия',
    'Срок исполнения',
    'Исполнители',
    '1',
    'Образование избирательных участков',
    'Не позднее чем за 50 дней до дня голосования',
    'ГРС ч. 3 ст. 14 конституционного Закона КР «О выборах Президента и депутатов Жогорку Кенеша» (далее-Закона)',
    '2',
    'Опубликование списков участков',
    'Не позднее чем за 40 дней до дня голосования',
    'ЦИК, ч. 5 ст. 18 Закона',
    '3',
    'Шайлоочуларды кабарландыруу',
    'Шайлоо күнүнө чейин 20 күндөн кечиктирбестен',
    'УШК, 10-берене, 4-бөлүк',
  ].join('\n');

  it('keeps who acts as the executor and the article as the legal basis', async () => {
    const draft = await importPlan(utf8(text));
    const law = draft.columns?.find((c) => c.role === 'legal_basis');
    expect(law).toBeDefined();
    const first = byNumber(draft, '1');
    expect(executorTexts(first)).toEqual(['ГРС']);
    expect(first.fields?.[law!.key]).toBe('ч. 3 ст. 14 конституционного Закона КР «О выборах Президента и депутатов Жогорку Кенеша» (далее-Закона)');
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['ЦИК']);
    expect(byNumber(draft, '2').fields?.[law!.key]).toBe('ч. 5 ст. 18 Закона');
    expect(executorTexts(byNumber(draft, '3'))).toEqual(['УШК']);
    expect(byNumber(draft, '3').fields?.[law!.key]).toBe('10-берене, 4-бөлүк');
  });
});

describe('the same sentence layout in Kyrgyz', () => {
  const text = [
    'Шайлоонун календардык планы',
    '1. Шайлоону дайындоо жөнүндө токтомду жарыялоо',
    'Борбордук шайлоо комиссиясы. Шайлоо дайындалгандан кийин 5 күндөн кечиктирбестен. 2020-жылдын 10-сентябрына чейин',
    '(10-берене, 4-бөлүк)',
    '2. Шайлоо участокторун түзүү',
    'Аймактык шайлоо комиссиялары. Шайлоо күнүнө чейин 50 күндөн кечиктирбестен',
    '(18-берене)',
    '3. Шайлоочулардын тизмелерин жарыялоо',
    'Участкалык шайлоо комиссиялары. Шайлоо күнүнө чейин 20 күндөн кечиктирбестен',
    '(25-берене)',
  ].join('\n');

  it('reads the Kyrgyz deadline sentences and the article as the legal basis', async () => {
    const draft = await importPlan(utf8(text));
    expect(counts(draft)).toEqual({ sections: 0, items: 3 });
    const law = draft.columns?.find((c) => c.role === 'legal_basis');
    const first = byNumber(draft, '1');
    expect(first.title).toBe('Шайлоону дайындоо жөнүндө токтомду жарыялоо');
    expect(executorTexts(first)).toEqual(['Борбордук шайлоо комиссиясы']);
    expect(first.deadline?.text).toBe('Шайлоо дайындалгандан кийин 5 күндөн кечиктирбестен. 2020-жылдын 10-сентябрына чейин');
    expect(first.fields?.[law!.key]).toBe('(10-берене, 4-бөлүк)');
    expect(byNumber(draft, '2').deadline?.text).toBe('Шайлоо күнүнө чейин 50 күндөн кечиктирбестен');
  });
});

describe('a lone «|» between cells opened by bars', () => {
  const text = [
    'План работы ТИК на 2023 год',
    'N п/п',
    '| Наименование мероприятия',
    '| Срок исполнения',
    '| Исполнители',
    '1.',
    '| Проведение обучения членов участковых комиссий',
    'и наблюдателей',
    '| ежегодно в',
    '|',
    'Члены ТИК',
    'и УИК',
    '2.',
    '| Прием граждан',
    '| ежемесячно',
    '|',
    'Секретарь ТИК',
  ].join('\n');

  it('starts a new cell on the line after it, even after a cell that ends mid-phrase', async () => {
    const draft = await importPlan(utf8(text));
    const first = byNumber(draft, '1');
    expect(first.title).toBe('Проведение обучения членов участковых комиссий и наблюдателей');
    expect(first.deadline?.text).toBe('ежегодно в');
    expect(executorTexts(first)).toEqual(['Члены ТИК и УИК']);
    expect(executorTexts(byNumber(draft, '2'))).toEqual(['Секретарь ТИК']);
  });
});
