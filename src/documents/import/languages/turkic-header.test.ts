import { describe, expect, it } from 'vitest';
import { findInlineDefinitions } from '../abbreviations.parse.js';
import { parseApproval, parseResolutionHeader, parseToldApproval } from '../approval.parse.js';
import type { DocLine } from '../doc-lines.js';
import { electionNameIn, parseElections, votingDayInTitle } from '../elections.parse.js';
import { findDates } from '../header-dates.js';
import { findPeriod } from '../period.parse.js';
import { findTitle, guessKind } from '../title.parse.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, i) => ({ text, line: i + 1, bold: false }));
const isoDates = (text: string): string[] => findDates(text).map((d) => d.iso);

describe('dates in Kazakh and Kyrgyz', () => {
  it.each([
    // Kazakh: year first, every month, the case endings of an approval, a deadline and a title.
    ['2022 жылғы 21 қыркүйектегі № 12/34 қаулысымен', ['2022-09-21']],
    ['2021 жылғы 10 қаңтарға тағайындалған', ['2021-01-10']],
    ['2020 жылғы 31 қазаннан кешіктірмей', ['2020-10-31']],
    ['2023 жылғы 15 маусымдағы № 19', ['2023-06-15']],
    ['2022 жылдың 20 қарашасы', ['2022-11-20']],
    ['2024 ж. 5 ақпанда', ['2024-02-05']],
    ['2024 жылғы 1 наурыздан бастап', ['2024-03-01']],
    ['2024 жылғы 12 сәуірде', ['2024-04-12']],
    ['2024 жылғы 3 мамырға дейін', ['2024-05-03']],
    ['2024 жылғы 7 шілдедегі', ['2024-07-07']],
    ['2024 жылғы 30 тамызда', ['2024-08-30']],
    ['2024 жылғы 25 желтоқсанға дейін', ['2024-12-25']],
    // Day first, and typed without the Kazakh letters.
    ['21 қыркүйек 2022 ж.', ['2022-09-21']],
    ['2022 жылгы 21 кыркуйектеги', ['2022-09-21']],
    // Kyrgyz: with and without the hyphens, «ж.» for «жылдын».
    ['2024-жылдын 5-мартындагы № 12', ['2024-03-05']],
    ['2024 жылдын 5 мартындагы', ['2024-03-05']],
    ['2021-ж. 10-январына', ['2021-01-10']],
    ['2016- жылдын 4-ноябрындагы', ['2016-11-04']],
    // Not dates: the city of Kazan in a Russian sentence, a count of days.
    ['в 12 казанских школах 2020 года', []],
    ['2024-жылдын 10 күндүк', []],
  ])('%s', (text, expected) => {
    expect(isoDates(text)).toEqual(expected);
  });
});

describe('the approval block in Kazakh and Kyrgyz', () => {
  const pick = (ls: DocLine[]) => {
    const a = parseApproval(ls);
    return a && { authority: a.authority, date: a.date, number: a.number, appendix: a.appendix ?? null, actKind: a.actKind ?? null };
  };

  it.each([
    [
      'Kazakh, the verb last',
      ['Қазақстан Республикасы Орталық сайлау комиссиясының', '2022 жылғы 21 қыркүйектегі № 12/34', 'қаулысымен бекітілген'],
      { authority: 'Қазақстан Республикасы Орталық сайлау комиссиясы', date: '2022-09-21', number: '12/34', appendix: null, actKind: 'постановление' },
    ],
    [
      'Kazakh, the verb first in capitals',
      ['БЕКІТІЛГЕН', 'Облыстық сайлау комиссиясының', '2023 жылғы 2 ақпандағы', '№ 4 шешімімен', '', 'КҮНТІЗБЕЛІК ЖОСПАР'],
      { authority: 'Облыстық сайлау комиссиясы', date: '2023-02-02', number: '4', appendix: null, actKind: 'решение' },
    ],
    [
      'Kazakh, «Бекітілді» with the body on the same line',
      ['Бекітілді Аудандық сайлау комиссиясының 2023 жылғы 14 маусымдағы № 9 қаулысымен'],
      { authority: 'Аудандық сайлау комиссиясы', date: '2023-06-14', number: '9', appendix: null, actKind: 'постановление' },
    ],
    [
      'Kazakh, an appendix of the act, a number with letters',
      ['Қалалық аумақтық сайлау комиссиясының', '2020 жылғы 22 қазандағы № ҚСК-32 қаулысына 2-қосымша'],
      { authority: 'Қалалық аумақтық сайлау комиссиясы', date: '2020-10-22', number: 'ҚСК-32', appendix: '2', actKind: 'постановление' },
    ],
    [
      'Kazakh, an order of an akim',
      ['Аудан әкімінің 2024 жылғы 3 наурыздағы № 15 өкіміне қосымша'],
      { authority: 'Аудан әкімі', date: '2024-03-03', number: '15', appendix: null, actKind: 'распоряжение' },
    ],
    [
      'Kyrgyz, «токтомуна тиркеме»',
      ['Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын', '2024-жылдын 5-мартындагы № 12', 'токтомуна тиркеме'],
      {
        authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
        date: '2024-03-05',
        number: '12',
        appendix: null,
        actKind: 'постановление',
      },
    ],
    [
      'Kyrgyz, «бекитилген» alone under the act',
      ['Аймактык шайлоо комиссиясынын', '2023-жылдын 7-августундагы № 3 чечими менен', '', 'бекитилген'],
      { authority: 'Аймактык шайлоо комиссиясы', date: '2023-08-07', number: '3', appendix: null, actKind: 'решение' },
    ],
    [
      'Kyrgyz, «буйругу менен бекитилген»',
      ['Министрликтин 2022-жылдын 1-февралындагы № 40 буйругу менен бекитилген'],
      { authority: 'Министрлик', date: '2022-02-01', number: '40', appendix: null, actKind: 'приказ' },
    ],
  ])('%s', (_name, texts, expected) => {
    expect(pick(lines(...texts))).toEqual(expected);
  });

  it('reads a one-line Kyrgyz гриф without the signature above it (a rural council’s work plan)', () => {
    const doc = lines(
      '- Токтомдун аткарылышын көзөмөлдөөнү өзүмө калтырам.',
      'Төрага Чолпонбай уулу Сагындык',
      'Салам-Алик айылдык кеңешинин 2025-жылдын 20-январындагы № 5 токтому менен бекитилген',
      'Салам-Алик айылдык кеңешинин 2025-жыл үчүн',
      'ИШ ПЛАНЫ',
      '- Кеңештин сессияларында каралуучу негизги маселелер:',
    );
    const approval = parseApproval(doc);
    expect(pick(doc)).toEqual({ authority: 'Салам-Алик айылдык кеңеши', date: '2025-01-20', number: '5', appendix: null, actKind: 'постановление' });
    // The plan word alone on its line closes a Kyrgyz title: read up to the гриф, not down into the body's heading.
    const title = findTitle(doc, approval!.lines);
    expect(title?.title).toBe('Салам-Алик айылдык кеңешинин 2025-жыл үчүн иш планы');
    expect(findPeriod(title!.title)).toEqual({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('keeps a body broken over lines above a one-line date and act', () => {
    expect(
      pick(
        lines(
          'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча',
          'борбордук комиссиясынын 2016-жылдын 16-мартындагы № 50 токтому менен бекитилген',
        ),
      ),
    ).toEqual({
      authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
      date: '2016-03-16',
      number: '50',
      appendix: null,
      actKind: 'постановление',
    });
  });

  it('takes no block from «қосымша сайлау» (a by-election), which is no appendix', () => {
    expect(parseApproval(lines('2024 жылғы 3 наурызда өтетін қосымша сайлау', 'КҮНТІЗБЕЛІК ЖОСПАРЫ'))).toBeNull();
  });
});

describe('election anchors and titles in Kazakh and Kyrgyz', () => {
  it.each([
    ['Сайлау күні – 2022 жылғы 20 қараша', '2022-11-20'],
    ['Дауыс беру күні: 2024 жылғы 6 қазан', '2024-10-06'],
    ['Шайлоо күнү – 2021-жылдын 10-январы', '2021-01-10'],
    ['Добуш берүү күнү - 2024-жылдын 28-апрели', '2024-04-28'],
  ])('%s', (text, day) => {
    expect(parseElections(lines('КҮНТІЗБЕЛІК ЖОСПАРЫ', text)).map((e) => e.votingDay)).toEqual([day]);
  });

  it.each([
    [
      '2022 жылғы 20 қарашаға тағайындалған Қазақстан Республикасы Президентінің кезектен тыс сайлауын дайындау мен өткізу жөніндегі іс-шаралардың күнтізбелік жоспары',
      '2022-11-20',
      'Қазақстан Республикасы Президентінің кезектен тыс сайлауы',
    ],
    [
      '2023 жылғы 5 қарашаға тағайындалған ауыл әкімін сайлауды дайындау және өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары',
      '2023-11-05',
      'Ауыл әкімін сайлау',
    ],
    [
      '2024 жылғы 6 қазанға тағайындалған республикалық референдумды әзірлеу және өткізу жөніндегі іс-шаралар жоспары',
      '2024-10-06',
      'Республикалық референдум',
    ],
    [
      '2024-жылдын 28-апрелине дайындалган жергиликтүү кеңештердин депутаттарын шайлоону даярдоо жана өткөрүү боюнча иш-чаралардын календардык планы',
      '2024-04-28',
      'жергиликтүү кеңештердин депутаттарын шайлоо',
    ],
    [
      // The CEC set the day of an early election itself: «… өткөрүү датасы деп аныкталган» (whose holding date is set).
      '2021-жылдын 10-январы өткөрүү датасы деп аныкталган Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруу-практикалык иш-чараларынын календардык планы жөнүндө',
      '2021-01-10',
      'Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоо',
    ],
  ])('the title names the election and its day: %s', (title, day, name) => {
    expect(votingDayInTitle(title)).toBe(day);
    expect(electionNameIn(title)).toBe(name);
  });

  it('finds a Kazakh title that ends with the plan word, over the гриф and the anchor', () => {
    const doc = lines(
      'Облыстық сайлау комиссиясының',
      '2022 жылғы 21 қыркүйектегі № 12 қаулысына қосымша',
      '',
      '2022 жылғы 20 қарашаға тағайындалған мәслихат депутаттарын сайлауды дайындау мен өткізу жөніндегі',
      'негізгі іс-шаралардың',
      'КҮНТІЗБЕЛІК ЖОСПАРЫ',
      '',
      'Сайлау күні – 2022 жылғы 20 қараша',
    );
    const approval = parseApproval(doc);
    const title = findTitle(doc, approval!.lines);
    expect(title?.title).toBe(
      '2022 жылғы 20 қарашаға тағайындалған мәслихат депутаттарын сайлауды дайындау мен өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары',
    );
    expect(guessKind(title!.title, { description: false, elections: false })).toBe('calendar');
  });

  it.each([
    ['Аудандық сайлау комиссиясының 2025 жылға арналған жұмыс жоспары', 'work_plan'],
    ['Шайлоо комиссиясынын 2025-жылга иш планы', 'work_plan'],
    ['Сайлау комиссиясының құқықтық оқыту жөніндегі іс-шаралар жоспары', 'other'],
  ])('the kind of plan a title names: %s', (title, kind) => {
    expect(guessKind(title, { description: false, elections: false })).toBe(kind);
  });
});

describe('the period a Kazakh or Kyrgyz title names', () => {
  it.each([
    ['Облыстық сайлау комиссиясының 2024 жылға арналған жұмыс жоспары', { start: '2024-01-01', end: '2024-12-31' }],
    ['Комиссиянын 2024-жылга иш планы', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024-2025 жылдарға арналған іс-шаралар жоспары', { start: '2024-01-01', end: '2025-12-31' }],
    ['2025 жылдың бірінші жартыжылдығына арналған жұмыс жоспары', { start: '2025-01-01', end: '2025-06-30' }],
    ['Комиссиянын 2024-жылдын экинчи жарым жылдыгына иш планы', { start: '2024-07-01', end: '2024-12-31' }],
    // The day an election is called for is no period.
    ['2022 жылғы 20 қарашаға тағайындалған сайлауды өткізу жөніндегі күнтізбелік жоспары', null],
  ])('%s', (title, period) => {
    expect(findPeriod(title)).toEqual(period);
  });
});

describe('abbreviations defined in passing in Kazakh', () => {
  it('reads «(бұдан әрі – ААСК)» like «(далее – ТИК)»', () => {
    expect(findInlineDefinitions([{ text: 'Аудандық аумақтық сайлау комиссиясы (бұдан әрі – ААСК) сайлау учаскелерін құрады', line: 1 }])).toEqual([
      { short: 'ААСК', full: 'Аудандық аумақтық сайлау комиссиясы' },
    ]);
  });
});

describe('the approval told in a Kyrgyz or Kazakh sentence', () => {
  it.each([
    [
      'Кыргыз Республикасынын Борбордук шайлоо комиссиясы 2024-жылдын 30-апрелинде шайлоону даярдоо жана өткөрүү боюнча иш-чаралардын календарлык планын бекитти.',
      { authority: 'Кыргыз Республикасынын Борбордук шайлоо комиссиясы', date: '2024-04-30' },
    ],
    ['Облыстық сайлау комиссиясы 2024 жылғы 15 наурызда күнтізбелік жоспарды бекітті.', { authority: 'Облыстық сайлау комиссиясы', date: '2024-03-15' }],
  ])('%s', (text, expected) => {
    expect(parseToldApproval(lines(text))).toMatchObject({ ...expected, number: null });
  });
});

describe('an act of the CEC printed whole on its page', () => {
  const page = (...texts: string[]) => {
    const a = parseResolutionHeader(lines(...texts));
    return a && { authority: a.authority, date: a.date, number: a.number, actKind: a.actKind ?? null };
  };

  it('reads the catalogue line (a two-digit year) and the body that decrees, not the act the preamble cites', () => {
    expect(
      page(
        '25.10.20 №265 2021-жылдын 10-январы өткөрүү датасы деп аныкталган Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруу-практикалык иш-чараларынын календардык планы жөнүндө',
        '',
        'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын 2020-жылдын 24-октябрындагы 263 токтому менен Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону өткөрүү датасы 2021-жылдын 10-январы белгиленген.',
        '',
        '“Кыргыз Республикасынын шайлоо жана референдум өткөрүү боюнча шайлоо комиссиялары жөнүндө” Кыргыз Республикасынын Мыйзамынын 3, 7, 14, 18-беренелерин жетекчиликке алуу менен Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
        ' ',
        'ТОКТОМ КЫЛАТ:',
      ),
    ).toEqual({
      authority: 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы',
      date: '2020-10-25',
      number: '265',
      actKind: 'постановление',
    });
  });

  it('reads a decision (чечим) whose body stands on its own line, the letter «ѳ» for «ө»', () => {
    expect(
      page(
        '30.06.2022 №224 Кыргыз Республикасынын шайлоо мыйзамдарын ѳркүндѳтүү боюнча иштер жѳнүндѳ',
        '(2022-жылдын 15-сентябрындагы № 230, 2023 жылдын 15-февралындагы №4    КР БШКсынын чечимдеринин редакцияларына ылайык)',
        'Кыргыз Республикасынын Шайлоо жана референдум ѳткѳрүү боюнча борбордук комиссиясы',
        'ЧЕЧИМ КЫЛАТ:',
      ),
    ).toEqual({
      authority: 'Кыргыз Республикасынын Шайлоо жана референдум ѳткѳрүү боюнча борбордук комиссиясы',
      date: '2022-06-30',
      number: '224',
      actKind: 'решение',
    });
  });

  it.each([
    [
      '25.10.20 №265 2021-жылдын 10-январы өткөрүү датасы деп аныкталган Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруу-практикалык иш-чараларынын календардык планы жөнүндө',
      '2021-жылдын 10-январы өткөрүү датасы деп аныкталган Кыргыз Республикасынын Президентин мөөнөтүнөн мурда шайлоону даярдоо жана өткөрүү боюнча негизги уюштуруу-практикалык иш-чараларынын календардык планы',
    ],
    ['16.01.25 №9 Айылдык кеңештин 2025-жылга иш планын бекитүү жөнүндө', 'Айылдык кеңештин 2025-жылга иш планы'],
    // An act about something else names no plan: its heading is not the plan's title.
    ['30.06.2022 №224 Кыргыз Республикасынын шайлоо мыйзамдарын ѳркүндѳтүү боюнча иштер жѳнүндѳ', null],
  ])('the act’s title names the plan it approves: %s', (catalogue, title) => {
    const block = parseResolutionHeader(lines(catalogue, 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы', 'ТОКТОМ КЫЛАТ:'));
    expect(block?.titleTail?.text ?? null).toBe(title);
  });

  it('reads nothing from a catalogue line without the act’s operative words under it', () => {
    expect(page('25.10.20 №265 … календардык планы жөнүндө', 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясы')).toBeNull();
  });
});
