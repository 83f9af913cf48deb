import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { importPlan } from './import-plan.js';
import { findPeriod } from './period.parse.js';

// Classes found on the eighth held-out set (test/fixtures/import-corpus, ids in each test): a fragment quoted from
// the published text named, then a sibling of the same class that no document gave.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const imported = async (text: string): Promise<PlanDraft> => importPlan(utf8(text));
/** What a header-only page still tells (the refusal carries it), or the plan's own header. */
type Header = Pick<PlanDraft, 'title' | 'approval' | 'period'>;
const headerOf = async (text: string): Promise<Header | undefined> => importPlan(utf8(text)).catch((e: { header?: Header }) => e.header);
/** Rows in reading order, each with the section it stands under: [kind, number, section title, deadline, title]. */
function walk(items: readonly DraftItem[], section: string | null = null): (string | null)[][] {
  return items.flatMap((i) =>
    i.kind === 'section'
      ? [['section', i.number, null, null, i.title], ...walk(i.children, i.title)]
      : [['item', i.number, section, i.deadline?.text ?? null, i.title], ...walk(i.children, section)],
  );
}

describe('a numbered heading whose row is merged across a table of cells closed by bars', () => {
  it('district sections numbered 1., rows numbered from 1 again (kalmykia-ik-legal-culture-events-report-2011-h1)', async () => {
    const text = [
      'Сведения',
      'о мероприятиях по повышению правовой культуры избирателей, проведенных в I полугодии 2011 года',
      'N п/п |',
      'Наименование мероприятия |',
      'Срок проведения |',
      'Организаторы/участники мероприятия |',
      '1. Городовиковский район | |||',
      '1 |',
      'Игра "Что такое выборы?" |',
      'Февраль |',
      'ТИК, городская библиотека |',
      '2 |',
      'Викторина "У нас в Российской Федерации" |',
      'Февраль |',
      'ТИК, городской дом культуры |',
      '2. Яшалтинский район | |||',
      '1 |',
      'Конкурс рисунков "Я выбираю" |',
      'Март |',
      'ТИК, отдел образования |',
    ].join('\n');
    const plan = await imported(text);
    expect(walk(plan.items)).toEqual([
      ['section', '1', null, null, 'Городовиковский район'],
      ['item', '1', 'Городовиковский район', 'Февраль', 'Игра "Что такое выборы?"'],
      ['item', '2', 'Городовиковский район', 'Февраль', 'Викторина "У нас в Российской Федерации"'],
      ['section', '2', null, null, 'Яшалтинский район'],
      ['item', '1', 'Яшалтинский район', 'Март', 'Конкурс рисунков "Я выбираю"'],
    ]);
    expect(plan.period).toEqual({ start: '2011-01-01', end: '2011-06-30' });
  });
});

describe('a half-year told in the prepositional case', () => {
  it.each([
    ['Сведения о мероприятиях, проведенных в I полугодии 2011 года', { start: '2011-01-01', end: '2011-06-30' }],
    ['План мероприятий, проводимых во втором полугодии 2024 года', { start: '2024-07-01', end: '2024-12-31' }],
  ])('%s', (title, period) => {
    expect(findPeriod(title)).toEqual(period);
  });
});

describe('a timetable retold in news: stage headings with their own term over rules', () => {
  const text = (stage2: string[]): string =>
    [
      'Поэтому объявлен старт кампании по выборам Председателя Союза. Выборы состоятся: 22 декабря 2021 года.',
      '',
      'РЕГИСТРАЦИЯ КАНДИДАТОВ (23 ноября - 8 декабря):',
      '📌Сроки подачи документов: до 8 декабря включительно.',
      '📌Набор документов: скан заявления с подписью, фотография.',
      '📌Срок регистрации: не позднее, чем 2 дня после подачи документов.',
      '',
      ...stage2,
    ].join('\n');

  it('rules with no action word stay items under a dated heading (youth-ik-union-chair-election-timetable-news-2021)', async () => {
    const plan = await imported(
      text([
        'АГИТАЦИОННЫЙ ПЕРИОД (23 ноября - 21 декабря):',
        '📌Кандидаты вправе проводить предвыборную агитацию.',
        '📌Агитация заканчивается за день до голосования.',
      ]),
    );
    expect(walk(plan.items).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['section', null, 'РЕГИСТРАЦИЯ КАНДИДАТОВ (23 ноября - 8 декабря)'],
      ['item', 'РЕГИСТРАЦИЯ КАНДИДАТОВ (23 ноября - 8 декабря)', 'Сроки подачи документов: до 8 декабря включительно.'],
      ['item', 'РЕГИСТРАЦИЯ КАНДИДАТОВ (23 ноября - 8 декабря)', 'Набор документов: скан заявления с подписью, фотография.'],
      ['item', 'РЕГИСТРАЦИЯ КАНДИДАТОВ (23 ноября - 8 декабря)', 'Срок регистрации: не позднее, чем 2 дня после подачи документов.'],
      ['section', null, 'АГИТАЦИОННЫЙ ПЕРИОД (23 ноября - 21 декабря)'],
      ['item', 'АГИТАЦИОННЫЙ ПЕРИОД (23 ноября - 21 декабря)', 'Кандидаты вправе проводить предвыборную агитацию.'],
      ['item', 'АГИТАЦИОННЫЙ ПЕРИОД (23 ноября - 21 декабря)', 'Агитация заканчивается за день до голосования.'],
    ]);
  });

  it('a sibling: a heading with one day over one rule', async () => {
    const plan = await imported(text(['ДЕНЬ ГОЛОСОВАНИЯ (22 декабря):', '📌Результаты объявят в тот же вечер.']));
    expect(
      walk(plan.items)
        .slice(-2)
        .map((r) => [r[0], r[4]]),
    ).toEqual([
      ['section', 'ДЕНЬ ГОЛОСОВАНИЯ (22 декабря)'],
      ['item', 'Результаты объявят в тот же вечер.'],
    ]);
  });

  it('a head that only names the term keeps the whole line as the title, the term read from it', async () => {
    const plan = await imported(text([]));
    expect(
      walk(plan.items)
        .filter((r) => r[0] === 'item')
        .map((r) => [r[4], r[3]]),
    ).toEqual([
      ['Сроки подачи документов: до 8 декабря включительно.', 'до 8 декабря включительно'],
      ['Набор документов: скан заявления с подписью, фотография.', null],
      ['Срок регистрации: не позднее, чем 2 дня после подачи документов.', 'не позднее, чем 2 дня после подачи документов'],
    ]);
  });
});

describe('a voting day set off by a colon after «состоятся»', () => {
  it.each([
    ['Выборы состоятся: 22 декабря 2021 года.', '2021-12-22'],
    ['Голосование состоится: 14 марта 2024 года. Списки кандидатов опубликуют позже.', '2024-03-14'],
  ])('%s', async (sentence, day) => {
    const text = [sentence, '', 'ЭТАПЫ КАМПАНИИ (1 - 10 марта):', '📌Подача документов – до 5 марта;', '📌Регистрация кандидатов – до 10 марта.'].join('\n');
    expect((await imported(text)).elections?.map((e) => e.votingDay)).toEqual([day]);
  });
});

describe('a dash list run into the paragraph of the act that introduces it', () => {
  const act = (list: string): string =>
    [
      'О проведении акции «Молодежь - на выборы!»',
      '',
      `О проведении акции «Молодежь - на выборы!» В целях повышения уровня информированности молодых избирателей, ПОСТАНОВЛЯЮ: 1. С 10 сентября по 10 октября 2010 года объявить в районе акцию «Молодежь на выборы!» 2. Рекомендовать главам поселений провести на местах следующие мероприятия: ${list}`,
    ].join('\n');

  it('each «- …;» is an item, the act’s point gives the period (chuvashia-ibresi-district-youth-to-the-polls-campaign-2010)', async () => {
    const plan = await imported(
      act(
        '- тематические занятия, викторины по избирательному праву; - конкурсы по тематике выборов (на лучшие плакаты, рисунки); - встречи молодежи с членами избирательных комиссий; - выставки, посвященные вопросам организации выборов;',
      ),
    );
    expect(walk(plan.items).map((r) => r[4])).toEqual([
      'тематические занятия, викторины по избирательному праву',
      'конкурсы по тематике выборов (на лучшие плакаты, рисунки)',
      'встречи молодежи с членами избирательных комиссий',
      'выставки, посвященные вопросам организации выборов',
    ]);
    expect(plan.period).toEqual({ start: '2010-09-10', end: '2010-10-10' });
  });

  it('a sibling with en dashes and a term in one line', async () => {
    const plan = await imported(
      act('– выпуск буклетов для молодых избирателей; – день открытых дверей в ТИК (до 1 октября); – молодежный форум «Выбор за нами»;'),
    );
    expect(walk(plan.items).map((r) => [r[4], r[3]])).toEqual([
      ['выпуск буклетов для молодых избирателей', null],
      ['день открытых дверей в ТИК', 'до 1 октября'],
      ['молодежный форум «Выбор за нами»', null],
    ]);
  });
});

describe('a news text: the body held a meeting, and a sentence tells the plan approved over its dash list', () => {
  const news = (meeting: string, intro: string): string =>
    [
      'от 4 апреля 2022',
      'МИК города Бердска провела заседание',
      meeting,
      'Ребята обсудили план мероприятий, предложенный региональной МИК.',
      intro,
      '- участие в V городском Фестивале «Мы – будущие избиратели России!»;',
      '- участие в формировании «Школы молодого политика»;',
      '- проведение уроков по правовому просвещению «Мой выбор»;',
    ].join('\n');

  it('the meeting’s day and body approve, the intro’s quarter is the period, no section (nso-berdsk-youth-ik-q2-plan-news-2022)', async () => {
    const plan = await imported(
      news(
        '31 марта молодежная избирательная комиссия города Бердска провела первое в этом году заседание.',
        'По итогам обсуждения был утвержден план работы МИК города Бердска на 2 квартал 2022 года, в который вошли такие мероприятия, как:',
      ),
    );
    expect(plan.approval).toMatchObject({ authority: 'молодежная избирательная комиссия города Бердска', date: '2022-03-31' });
    expect(plan.period).toEqual({ start: '2022-04-01', end: '2022-06-30' });
    expect(walk(plan.items).map((r) => r[0])).toEqual(['item', 'item', 'item']);
  });

  it('a sibling: a council held its meeting, the plan «into which were included» the measures', async () => {
    const plan = await imported(
      news(
        '12 января Молодежный совет при ТИК провел очередное заседание.',
        'Члены совета утвердили программу на I квартал 2022 года, в которую вошли мероприятия:',
      ),
    );
    expect(plan.approval).toMatchObject({ authority: 'Молодежный совет при ТИК', date: '2022-01-12' });
    expect(plan.period).toEqual({ start: '2022-01-01', end: '2022-03-31' });
    expect(walk(plan.items).map((r) => r[0])).toEqual(['item', 'item', 'item']);
  });
});

describe('a resolution whose page starts with its preamble: the plan it hears is named in the prepositional', () => {
  it.each([
    [
      // krasnodar-ik-consolidated-training-legal-culture-plan-resolution-2020-header
      'Заслушав информацию о Сводном плане основных мероприятий избирательной комиссии Краснодарского края по обучению организаторов выборов, повышению правовой культуры избирателей на 2020 год и руководствуясь постановлением Центральной избирательной комиссии Российской Федерации от 10 апреля 2019 г. N 200/1532-7 "О Комплексе мер по обучению организаторов выборов на 2019 - 2021 годы", избирательная комиссия Краснодарского края постановляет:',
      'Сводный план основных мероприятий избирательной комиссии Краснодарского края по обучению организаторов выборов, повышению правовой культуры избирателей на 2020 год',
      'Избирательная комиссия Краснодарского края',
      { start: '2020-01-01', end: '2020-12-31' },
    ],
    [
      'Рассмотрев проект Плана работы территориальной избирательной комиссии Ленинского района на 2024 год, территориальная избирательная комиссия Ленинского района решила:',
      'План работы территориальной избирательной комиссии Ленинского района на 2024 год',
      'Территориальная избирательная комиссия Ленинского района',
      { start: '2024-01-01', end: '2024-12-31' },
    ],
  ])('%s', async (text, title, authority, period) => {
    const header = await headerOf(text);
    expect(header?.title).toBe(title);
    expect(header?.approval?.authority).toBe(authority);
    expect(header?.period).toEqual(period);
  });
});

describe('a letterhead whose body name and its place are parted by blank lines', () => {
  it.each([
    // ryazan-sapozhok-tik-rural-calendar-plan-decision-2023-header
    ['Территориальная избирательная комиссия', 'Сапожковского района', 'Территориальная избирательная комиссия Сапожковского района'],
    ['Окружная избирательная комиссия', 'Центрального избирательного округа № 3', 'Окружная избирательная комиссия Центрального избирательного округа № 3'],
  ])('%s / %s', async (body, place, authority) => {
    const text = [
      body,
      '',
      place,
      '',
      ' ',
      '',
      'РЕШЕНИЕ',
      '',
      'от  23 июня 2023 года                                   № 44',
      '',
      'Об утверждении Календарного плана мероприятий по подготовке и проведению выборов депутатов',
    ].join('\n');
    expect((await headerOf(text))?.approval).toMatchObject({ authority, date: '2023-06-23', number: '44' });
  });
});

describe('news that tells who approved the plan, or its name with «в <year> году»', () => {
  it.each([
    // tver-ik-young-voter-days-plan-news-2024
    ['Избирательной комиссией Тверской области утвержден План мероприятий по проведению Дней молодого избирателя.', 'Избирательная комиссия Тверской области'],
    [
      'Вчера Территориальной избирательной комиссией Кировского района была утверждена программа «Школа избирателя».',
      'Территориальная избирательная комиссия Кировского района',
    ],
  ])('%s', async (sentence, authority) => {
    const header = await headerOf(['Новости', '17 января (08:30)', sentence, 'Подробности будут опубликованы позже.'].join('\n'));
    expect(header?.approval).toMatchObject({ authority, date: null, number: null });
  });

  it.each([
    [
      // rostov-novoshakhtinsk-tik-young-voter-month-programme-news-2019-header
      'На заседании ТИК города Новошахтинска утверждена Программа Территориальной избирательной комиссии города Новошахтинска по проведению «Месячника молодого избирателя» на территории города Новошахтинска в 2019 году.',
      'Программа Территориальной избирательной комиссии города Новошахтинска по проведению «Месячника молодого избирателя» на территории города Новошахтинска в 2019 году',
    ],
    [
      'Председатель комиссии сообщил, что утвержден план мероприятий по обучению членов участковых комиссий в 2025 году.',
      'План мероприятий по обучению членов участковых комиссий в 2025 году',
    ],
  ])('%s', async (sentence, title) => {
    expect((await headerOf(['Новости', '04.02.2019', sentence].join('\n')))?.title).toBe(title);
  });
});

describe('a pipe table of a city head: an appendix гриф without the act, executors parted by semicolons', () => {
  const plan = (grif: string[], executors: string): string =>
    [
      ...grif,
      'План',
      'организационно-технических мероприятий по подготовке и проведению выборов депутатов',
      'N п/п |',
      'Наименование мероприятий | Сроки исполнения |',
      'Ответственные за исполнение |',
      '1. | Определить границы и центры избирательных участков на территории города |',
      `до 15.01.2007 | ${executors} |`,
      '2. | Образовать избирательные участки на территории города |',
      'до 24.01.2007 | организационный отдел администрации города |',
    ].join('\n');

  it.each([
    // khmao-nizhnevartovsk-head-oblast-duma-election-measures-2006
    [
      ['Приложение 3', 'Главы муниципального образования', 'город Нижневартовск', 'от 29 декабря 2006 г. N 1131'],
      'Глава муниципального образования город Нижневартовск',
    ],
    [['Приложение 2', 'Мэра города Сургута', 'от 10 января 2011 г. N 5'], 'Мэр города Сургута'],
  ])('%j', async (grif, authority) => {
    const draft = await imported(plan(grif, 'отдел'));
    expect(draft.approval?.authority).toBe(authority);
    expect(draft.approval?.actKind ?? null).toBeNull();
  });

  it.each([
    [
      'управляющий делами администрации города, председатель Координационного Совета Т.В. Воронова; департамент жилищно-коммунального хозяйства администрации города (Д.Н. Трифонов)',
      [
        'управляющий делами администрации города, председатель Координационного Совета Т.В. Воронова',
        'департамент жилищно-коммунального хозяйства администрации города (Д.Н. Трифонов)',
      ],
    ],
    ['комитет по образованию, отдел молодежи; МВД, отдел полиции № 2', ['комитет по образованию, отдел молодежи', 'МВД, отдел полиции № 2']],
  ])('%s', async (cell, executors) => {
    const draft = await imported(plan(['Приложение 3', 'Главы муниципального образования', 'город Нижневартовск', 'от 29 декабря 2006 г. N 1131'], cell));
    expect(draft.items.find((i) => i.number === '1')?.executors.map((e) => e.text)).toEqual(executors);
  });
});

describe('«ИКСО» is the commission of a subject of the Federation, an abbreviation of its own', () => {
  it.each([
    ['ИКСО ТИК', ['ИКСО', 'ТИК']],
    ['ИКСО УИК', ['ИКСО', 'УИК']],
  ])('%s', async (cell, executors) => {
    const text = [
      'Наименование мероприятия | Срок | Исполнители',
      `1. Семинар для членов комиссий | январь | ${cell}`,
      '2. Конкурс среди молодежи | март | ТИК',
    ].join('\n');
    expect((await imported(text)).items[0]?.executors.map((e) => e.text)).toEqual(executors);
  });
});

describe('a plan told in the sentences of a news text', () => {
  it('several measures in one paragraph, each after its verb or a dash (bashkortostan-uchaly-tik-voter-club-plan-news)', async () => {
    const text = [
      'Председатель ТИК и руководитель Клуба «Будущий избиратель» обсудили вопросы клубной работы в новом учебном году.',
      'До конца текущего года планируется проведение нескольких информационно-познавательных мероприятий. Так, например, на сентябрь месяц запланировали проведение игры-путешествия «Интересно о выборах!»; в ноябре – правовой урок «Россия – славная наша держава!». Ко Дню Конституции Российской Федерации в декабре намечается час истории «Конституция – основной закон нашей жизни».',
      'Заседания клуба и мероприятия проводятся каждый триместр.',
    ].join('\n');
    const plan = await imported(text);
    expect(walk(plan.items).map((r) => [r[4], r[3]])).toEqual([
      ['проведение игры-путешествия «Интересно о выборах!»', 'на сентябрь месяц'],
      ['правовой урок «Россия – славная наша держава!»', 'в ноябре'],
      ['час истории «Конституция – основной закон нашей жизни»', 'в декабре'],
    ]);
    expect(plan.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('До конца текущего года планируется'));
  });

  it('one measure a paragraph, each kept whole (tver-ik-young-voter-days-plan-news-2024)', async () => {
    const text = [
      'Избирательной комиссией Тверской области утвержден План мероприятий по проведению Дней молодого избирателя.',
      'Мероприятия ДМИ-2024 стартуют с проведения Форума студенческой молодежи в День российского студента 25 января;',
      'В День молодого избирателя — 18 февраля, состоится Праймериз кандидатов в Молодежные советы.',
      'Традиционно пройдут обучения Клубов молодых избирателей.',
    ].join('\n');
    const plan = await imported(text);
    expect(walk(plan.items).map((r) => [r[4], r[3]])).toEqual([
      ['Мероприятия ДМИ-2024 стартуют с проведения Форума студенческой молодежи в День российского студента 25 января', '25 января'],
      ['В День молодого избирателя — 18 февраля, состоится Праймериз кандидатов в Молодежные советы', '18 февраля'],
    ]);
  });

  it('a sibling: a school club’s plan told in two sentences', async () => {
    const text = [
      'Клуб молодого избирателя подвел итоги года.',
      'В марте пройдет деловая игра «Выборы в школьный парламент», а на апрель запланирован конкурс плакатов «Мой голос».',
      'В мае состоится экскурсия в территориальную избирательную комиссию.',
    ].join('\n');
    const plan = await imported(text);
    expect(walk(plan.items).map((r) => r[3])).toEqual(['В марте', 'на апрель', 'В мае']);
  });

  it('the election’s own calendar told in news is no plan: refused as before', async () => {
    const text = [
      'Елизовский округ выберет депутатов местной думы весной 2026 года',
      'Приём документов для выдвижения стартует 23 января 2026 года.',
      'Голосование пройдёт 5 апреля 2026 года',
    ].join('\n');
    await expect(imported(text)).rejects.toThrow(/не найден план/);
  });
});

describe('a campaign’s plan named for its year, its days told in the text', () => {
  it.each([
    [
      // rostov-novoshakhtinsk-tik-young-voter-month-programme-news-2019-header
      'На заседании ТИК города Новошахтинска утверждена Программа Территориальной избирательной комиссии города Новошахтинска по проведению «Месячника молодого избирателя» на территории города Новошахтинска в 2019 году.',
      'Месячник молодого избирателя начался 04 февраля и завершится 4 марта, его кульминацией станет День молодого избирателя, который отмечается в этом году 17 февраля.',
      { start: '2019-02-04', end: '2019-03-04' },
    ],
    [
      'Утвержден план мероприятий по проведению Недели правовых знаний в 2023 году.',
      'Неделя правовых знаний пройдет с 13 по 19 марта в школах района.',
      { start: '2023-03-13', end: '2023-03-19' },
    ],
    ['Утвержден план мероприятий по проведению Недели правовых знаний в 2023 году.', 'Итоги подведут в апреле.', { start: '2023-01-01', end: '2023-12-31' }],
  ])('%s / %s', async (approved, told, period) => {
    expect((await headerOf(['Новости', '04.02.2019', approved, told].join('\n')))?.period).toEqual(period);
  });
});
