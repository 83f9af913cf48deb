import { describe, expect, it } from 'vitest';
import { importPlan } from '../import-plan.js';
import { isDeadlineLike, isExecutorToken, isLegalBasisLike } from '../records/cell-classify.js';
import { headerRole } from '../records/column-roles.js';
import { parseLeadingNumber } from '../records/numbering.js';

const vocab = { abbreviations: new Set<string>() };
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('column headings of Kazakh and Kyrgyz plans', () => {
  it.each([
    ['№', 'number'],
    ['Р/с', 'number'],
    ['р/с', 'number'],
    ['Р/с №', 'number'],
    ['Іс-шаралардың атауы', 'title'],
    ['Іс-шаралар', 'title'],
    ['Iс-шаралар', 'title'], // a Latin I for the Kazakh І
    ['Атауы', 'title'],
    ['Иш-чаралардын аталышы / мазмуну', 'title'],
    ['Иш-чаралардын мазмуну', 'title'],
    ['Орындау мерзімі', 'deadline'],
    ['Мерзімі', 'deadline'],
    ['Орындалу мерзiмi', 'deadline'], // Latin i
    ['Аткаруу мөөнөтү', 'deadline'],
    ['Аткаруу мөөнөттөрү', 'deadline'],
    ['Орындаушылар', 'executors'],
    ['Жауаптылар', 'executors'],
    ['Жауапты орындаушы', 'executors'],
    ['Аткаруучулар', 'executors'],
    ['Жооптуулар', 'executors'],
    ['Аткарууга жооптуулар', 'executors'],
    // A rural council's work plan: «№ | Каралуучу маселелердин мазмуну | Мөөнөтү | Ким даярдайт | Ким маалымат берет |».
    ['Каралуучу маселелердин мазмуну', 'title'],
    ['Мөөнөтү', 'deadline'],
    ['Ким даярдайт', 'executors'],
    // Who reports on the question at the session: a named field, not the one who prepares it.
    ['Ким маалымат берет', null],
    // The CEC's strategic and anti-corruption plans, and Planik's own Kyrgyz export of them.
    ['Стратегиялык максат', 'goal'],
    ['Коррупцияга каршы чара', 'measure'],
    ['Милдеттер', 'tasks'],
    ['Аракет же иш-чара', 'action'],
    ['Натыйжа', 'result'],
    ['Күтүлүүчү натыйжа', 'result'],
    ['Отчеттук документ', 'reporting_document'],
    ['Укуктук негизи', 'legal_basis'],
    // A target group is no goal.
    ['Максаттуу топ', null],
    ['Бірлесіп орындаушылар', 'co_executors'],
    ['Ескертпе', 'note'],
    ['Ескерту', 'note'],
    ['Эскертүү', 'note'],
    ['Орындалуы туралы белгі', 'note'],
    ['Негіздеме', 'legal_basis'],
    ['Негиздер', 'legal_basis'],
    ['Конституциялық заңның баптары', 'legal_basis'],
    ['Аяқталу нысаны', 'reporting_document'],
    ['Қаржыландыру көзі', 'financing'],
    // Russian headings keep their roles.
    ['Срок исполнения', 'deadline'],
    ['Ответственные исполнители', 'executors'],
  ])('%s → %s', (text, role) => {
    expect(headerRole(text)).toBe(role);
  });
});

describe('section rows of Kazakh and Kyrgyz plans', () => {
  it.each([
    ['1-бөлүм. Шайлоо комиссиялары', '1-бөлүм', '1', 'Шайлоо комиссиялары'],
    ['II БӨЛІМ. ҚАРЖЫЛАНДЫРУ', 'II БӨЛІМ', '2', 'ҚАРЖЫЛАНДЫРУ'],
    ['3 бөлім: Сайлаушылар тізімдері', '3 бөлім', '3', 'Сайлаушылар тізімдері'],
    ['Бөлім IV. Үгіт', 'Бөлім IV', '4', 'Үгіт'],
    // A Roman number before a heading in Kazakh capitals.
    ['II. ҚАРЖЫЛАНДЫРУ', 'II', '2', 'ҚАРЖЫЛАНДЫРУ'],
    ['III. Өзгөчө учурлар', 'III', '3', 'Өзгөчө учурлар'],
  ])('%s', (text, number, alias, rest) => {
    expect(parseLeadingNumber(text)).toEqual({ number, alias, rest, sectionMarker: true });
  });

  it('reads «бөлімі» inside a title as no section', () => {
    expect(parseLeadingNumber('Ұйымдастыру бөлімі')).toBeNull();
  });
});

describe('cells of Kazakh and Kyrgyz plans, judged by content', () => {
  it.each([
    ['2022 жылғы 1 қазаннан кешіктірмей', true],
    ['Сайлауға дейін 15 күннен кешіктірмей', true],
    ['Сайлау тағайындалғаннан кейін 10 күн ішінде', true],
    ['Тұрақты', true],
    ['Добуш берүү күнүнө чейин 10 күндөн кечиктирбестен', true],
    ['Туруктуу', true],
    // Kyrgyz spells «through the year» with ю: «Жыл бою».
    ['Жыл бою', true],
    // A part of the year in the deadline cell, as a council's work plan heads its quarters («I | Биринчи квартал»).
    ['Биринчи квартал', true],
    ['II чейрек', true],
    ['Биринчи кезекте шайлоо участкаларын текшерүү', false],
    ['Сайлау учаскелерін құру', false],
    ['Аумақтық сайлау комиссиялары', false],
  ])('deadline: %s → %s', (text, expected) => {
    expect(isDeadlineLike(text)).toBe(expected);
  });

  it.each([
    ['Аумақтық сайлау комиссиялары', true],
    ['Облыс әкімдігі', true],
    ['Аудан әкімі', true],
    ['Қаржы министрлігі', true],
    ['Маалымат бөлүмү', true],
    ['Сайлау учаскелерін құру', false],
  ])('executor: %s → %s', (text, expected) => {
    expect(isExecutorToken(text, vocab)).toBe(expected);
  });

  it.each([
    ['14-б. 6) т.', true],
    ['Конституциялық заңның 22-бабы', true],
    ['Мыйзамдын 10-беренеси', true],
    ['Сайлау учаскелерін құру', false],
    // Russian words that hold the Kazakh stems are no references.
    ['(выезды связаны с графиком)', false],
    ['Встреча с активом: бабы и деды района', false],
  ])('legal basis: %s → %s', (text, expected) => {
    expect(isLegalBasisLike(text)).toBe(expected);
  });
});

describe('whole Kazakh and Kyrgyz plans', () => {
  it('reads a Kazakh calendar plan typed as a tab-separated table', async () => {
    const draft = await importPlan(
      encode(
        [
          'Облыстық сайлау комиссиясының',
          '2022 жылғы 21 қыркүйектегі № 12/34',
          'қаулысымен бекітілген',
          '',
          '2022 жылғы 20 қарашаға тағайындалған мәслихат депутаттарын сайлауды дайындау мен өткізу жөніндегі негізгі іс-шаралардың',
          'КҮНТІЗБЕЛІК ЖОСПАРЫ',
          '',
          'Р/с №\tІс-шаралардың атауы\tОрындау мерзімі\tОрындаушылар\tНегіздеме',
          'I. САЙЛАУ КОМИССИЯЛАРЫ',
          '1\tСайлау учаскелерін құру\t2022 жылғы 1 қазаннан кешіктірмей\tАудан әкімдері\t14-б.',
          '2\tСайлаушылар тізімдерін ұсыну\tСайлауға дейін 15 күннен кешіктірмей\tАумақтық сайлау комиссиялары\t24-б.',
          'II. ҚАРЖЫЛАНДЫРУ',
          '3\tҚаражат бөлу\tСайлау тағайындалғаннан кейін 10 күн ішінде\tҚаржы министрлігі\t50-б.',
        ].join('\n'),
      ),
      { fileName: 'kk-plan.txt' },
    );
    expect(draft.title).toBe(
      '2022 жылғы 20 қарашаға тағайындалған мәслихат депутаттарын сайлауды дайындау мен өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары',
    );
    expect(draft.kind).toBe('calendar');
    expect(draft.approval).toMatchObject({ authority: 'Облыстық сайлау комиссиясы', date: '2022-09-21', number: '12/34', actKind: 'постановление' });
    expect(draft.elections).toEqual([{ name: 'Мәслихат депутаттарын сайлау', votingDay: '2022-11-20', calledOn: null }]);
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors', 'legal_basis']);
    expect(draft.items.map((s) => [s.number, s.title])).toEqual([
      ['I', 'САЙЛАУ КОМИССИЯЛАРЫ'],
      ['II', 'ҚАРЖЫЛАНДЫРУ'],
    ]);
    const first = draft.items[0]!.children[0]!;
    expect(first).toMatchObject({ number: '1', title: 'Сайлау учаскелерін құру', deadline: { text: '2022 жылғы 1 қазаннан кешіктірмей' } });
    expect(first.executors.map((e) => e.text)).toEqual(['Аудан әкімдері']);
    expect(draft.items[1]!.children.map((i) => i.number)).toEqual(['3']);
  });

  it('reads a Kazakh plan of numbered paragraphs, the executor and the deadline each on a line', async () => {
    const draft = await importPlan(
      encode(
        [
          'Аудандық аумақтық сайлау комиссиясының',
          '2023 жылғы 10 мамырдағы № 7 шешіміне қосымша',
          '',
          '2023 жылғы 25 маусымға тағайындалған ауыл әкімін сайлауды дайындау мен өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары',
          '',
          '1. Сайлау учаскелерін құру',
          'Аудан әкімі',
          '2023 жылғы 20 мамырдан кешіктірмей',
          '',
          '2. Учаскелік сайлау комиссияларын құру',
          'Аудандық аумақтық сайлау комиссиясы',
          'Сайлауға дейін 30 күннен кешіктірмей',
        ].join('\n'),
      ),
      { fileName: 'kk-free.txt' },
    );
    expect(draft.approval).toMatchObject({ authority: 'Аудандық аумақтық сайлау комиссиясы', date: '2023-05-10', number: '7', actKind: 'решение' });
    expect(draft.elections?.[0]).toMatchObject({ votingDay: '2023-06-25' });
    expect(draft.items.map((i) => [i.number, i.title, i.deadline?.text, i.executors.map((e) => e.text)])).toEqual([
      ['1', 'Сайлау учаскелерін құру', '2023 жылғы 20 мамырдан кешіктірмей', ['Аудан әкімі']],
      ['2', 'Учаскелік сайлау комиссияларын құру', 'Сайлауға дейін 30 күннен кешіктірмей', ['Аудандық аумақтық сайлау комиссиясы']],
    ]);
  });

  it('reads a Kyrgyz plan with «токтомуна тиркеме», the «Добуш берүү күнү» anchor and a «1-бөлүм» section', async () => {
    const draft = await importPlan(
      encode(
        [
          'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын',
          '2024-жылдын 5-мартындагы № 12',
          'токтомуна тиркеме',
          '',
          '2024-жылдын 28-апрелине дайындалган жергиликтүү кеңештердин депутаттарын шайлоону даярдоо жана өткөрүү боюнча негизги иш-чаралардын',
          'КАЛЕНДАРДЫК ПЛАНЫ',
          '',
          'Добуш берүү күнү – 2024-жылдын 28-апрели',
          '',
          'Р/с\tИш-чаралардын аталышы\tАткаруу мөөнөтү\tАткаруучулар\tЭскертүү',
          '1-бөлүм. Шайлоо комиссиялары',
          '1\tШайлоо участкаларын түзүү\t2024-жылдын 10-мартына чейин\tАймактык шайлоо комиссиялары\t',
          '2\tШайлоочулардын тизмесин тактоо\tДобуш берүү күнүнө чейин 10 күндөн кечиктирбестен\tУчасткалык шайлоо комиссиялары\t',
        ].join('\n'),
      ),
      { fileName: 'ky-plan.txt' },
    );
    expect(draft.approval).toMatchObject({
      authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
      date: '2024-03-05',
      number: '12',
      actKind: 'постановление',
    });
    expect(draft.elections?.map((e) => e.votingDay)).toEqual(['2024-04-28']);
    expect(draft.columns?.map((c) => c.role)).toEqual(['number', 'title', 'deadline', 'executors', 'note']);
    expect(draft.items.map((s) => [s.number, s.title, s.children.map((c) => c.number)])).toEqual([['1-бөлүм', 'Шайлоо комиссиялары', ['1', '2']]]);
  });

  it('reads a Kazakh news list that puts the term first («2024 жылғы 8 мамырға дейін …;»)', async () => {
    const draft = await importPlan(
      encode(
        [
          'Негізгі мерзімдер:',
          '2024 жылғы 8 мамырға дейін сайлаушылардың алдын ала тізімдерін ұсыну;',
          '2024 жылғы 20 мамыр – 5 маусым аралығында кандидаттарды ұсыну;',
          '2024 жылғы 1 маусымнан бастап сайлау алдындағы үгіт.',
        ].join('\n'),
      ),
      { fileName: 'kk-news.txt' },
    );
    const items = draft.items.flatMap((i) => (i.children.length ? i.children : [i]));
    expect(items.map((i) => [i.title, i.deadline?.text])).toEqual([
      ['сайлаушылардың алдын ала тізімдерін ұсыну', '2024 жылғы 8 мамырға дейін'],
      ['кандидаттарды ұсыну', '2024 жылғы 20 мамыр – 5 маусым аралығында'],
      ['сайлау алдындағы үгіт', '2024 жылғы 1 маусымнан бастап'],
    ]);
  });

  it('takes voting day from a Kyrgyz headline that does not end with the plan word', async () => {
    const draft = await importPlan(
      encode(
        [
          'БШК 2024-жылдын 28-апрелине дайындалган айылдык кеңештердин депутаттарын шайлоону даярдоо жана өткөрүү боюнча иш-чаралардын календардык планын бекитти',
          '',
          '12 марта 2024',
          '',
          'Негизги мөөнөттөр:',
          '2024-жылдын 10-мартына чейин шайлоо участкаларын түзүү;',
          '2024-жылдын 20-мартына чейин шайлоочулардын тизмесин илүү;',
          '2024-жылдын 1-апрелинен баштап үгүт жүргүзүү.',
        ].join('\n'),
      ),
      { fileName: 'ky-news.txt' },
    );
    expect(draft.elections?.map((e) => e.votingDay)).toEqual(['2024-04-28']);
  });
});
