import { describe, expect, it } from 'vitest';
import { decreeAuthority, parseApproval, parseResolutionHeader } from './approval.parse.js';
import type { DocLine } from './doc-lines.js';
import { findDates } from './header-dates.js';
import { votingDayInProse, votingDayInTitle } from './elections.parse.js';
import { fullerBody } from './fuller-body.js';
import { isLatinBodyName, romanianTermFirst } from './languages/latin-cells.js';
import { isLatinResolutionPoint, LATIN_OPERATIVE } from './languages/latin-operative.js';
import { latinVotingDayTold } from './languages/latin-voting-day.js';
import { approvedTitle, findTitle } from './title.parse.js';
import { readGluedCells } from './layouts/glued-cells.js';
import { readLineCells } from './layouts/line-cells.js';
import { textToBlocks } from './readers/text-to-rows.js';
import { isDeadlineLike, isLegalBasisLike } from './records/cell-classify.js';
import { buildColumns, headerRole } from './records/column-roles.js';
import { parseLeadingNumber } from './records/numbering.js';

const lines = (...texts: string[]): DocLine[] => texts.map((text, line) => ({ text, line, bold: false }));
const fact = (b: ReturnType<typeof parseApproval>) => (b ? { authority: b.authority, date: b.date, number: b.number, actKind: b.actKind } : null);

describe('dates in Azerbaijani and Romanian headers', () => {
  it('reads year-first Azerbaijani dates and day-first Azerbaijani and Romanian ones', () => {
    expect(findDates('seçkilər 2015-ci il noyabrın 1-nə təyin edilmişdir').map((d) => d.iso)).toEqual(['2015-11-01']);
    expect(findDates('8 dekabr 2023-cü il tarixli').map((d) => d.iso)).toEqual(['2023-12-08']);
    expect(findDates('2024-cü il fevralın 7-də').map((d) => d.iso)).toEqual(['2024-02-07']);
    expect(findDates('nr.571 din 28 decembrie 2004').map((d) => d.iso)).toEqual(['2004-12-28']);
    expect(findDates('alegerilor locale generale din 5 noiembrie 2023').map((d) => d.iso)).toEqual(['2023-11-05']);
  });
  it('takes no ordinary Latin word for a month', () => {
    expect(findDates('art. 12 alin 2005')).toEqual([]);
  });
});

describe('Romanian approval formulas (CEC of Moldova)', () => {
  it('reads «APROBAT prin Hotărîrea …» over two lines, the body turned to the nominative', () => {
    const b = parseApproval(lines('APROBAT prin Hotărîrea Comisiei Electorale Centrale', 'nr.571 din 28 decembrie 2004'));
    expect(fact(b)).toEqual({ authority: 'Comisia Electorală Centrală', date: '2004-12-28', number: '571', actKind: 'постановление' });
  });
  it('reads «Anexă / la hotărârea …» with empty lines between', () => {
    const b = parseApproval(lines('Anexă', '', 'la hotărârea Comisiei Electorale Centrale', '', 'nr. 4817 din 5 mai 2021'));
    expect(fact(b)).toEqual({ authority: 'Comisia Electorală Centrală', date: '2021-05-05', number: '4817', actKind: 'постановление' });
  });
  it('keeps what follows «a» as printed, and reads a council’s decision', () => {
    const b = parseApproval(lines('Aprobat prin decizia Consiliului Electoral al Circumscripției nr. 12 din 3 septembrie 2023'));
    expect(fact(b)).toEqual({ authority: 'Consiliul Electoral al Circumscripției', date: '2023-09-03', number: '12', actKind: 'решение' });
  });
});

describe('Azerbaijani approval formulas (CEC of Azerbaijan)', () => {
  it('reads «… Komissiyasının <date> tarixli <N> saylı Qərarı ilə təsdiq edilmişdir»', () => {
    const b = parseApproval(lines('Azərbaycan Respublikası Mərkəzi Seçki Komissiyasının 8 dekabr 2023-cü il tarixli 7/16 saylı Qərarı ilə təsdiq edilmişdir.'));
    expect(fact(b)).toEqual({ authority: 'Azərbaycan Respublikası Mərkəzi Seçki Komissiyası', date: '2023-12-08', number: '7/16', actKind: 'решение' });
    const district = parseApproval(lines('Dairə Seçki Komissiyasının 2024-cü il yanvarın 10-da 3 nömrəli qərarı ilə təsdiq edilib'));
    expect(fact(district)).toEqual({ authority: 'Dairə Seçki Komissiyası', date: '2024-01-10', number: '3', actKind: 'решение' });
  });
  it('does not take an act that calls the election for the approval', () => {
    const b = parseApproval(lines('Azərbaycan Respublikası Prezidentinin 7 dekabr 2023-cü il tarixli 4193 nömrəli Sərəncamı ilə seçkilər elan edilmişdir.'));
    expect(b).toBeNull();
  });
  it('reads the act’s heading «… Komissiyasının QƏRARI» as the body and the kind', () => {
    const b = parseResolutionHeader(lines('“… Təqvim Planı”nın təsdiq edilməsi barədə', '', 'Azərbaycan Respublikası Mərkəzi Seçki Komissiyasının QƏRARI'));
    expect(fact(b)).toEqual({ authority: 'Azərbaycan Respublikası Mərkəzi Seçki Komissiyası', date: null, number: null, actKind: 'решение' });
  });
});

describe('Azerbaijani and Romanian column headings', () => {
  it('names the roles of the CEC of Azerbaijan’s and the CEC of Moldova’s headings', () => {
    const roles = (...texts: string[]) => texts.map((t) => headerRole(t));
    expect(
      roles(
        'Sıra sayı',
        'Əsas hərəkət və tədbirlər',
        'İcraçılar',
        'Tövsiyə olunan müddətlər',
        'Azərbaycan Respublikasının Seçki Məcəlləsinə və digər hüquqi aktlara əsasən',
      ),
    ).toEqual(['number', 'title', 'executors', 'deadline', 'legal_basis']);
    expect(roles('Nr. d/o', 'Termenul de realizare', 'Referinţe', 'Acţiunea', 'Executorul', 'Responsabili', 'Descrierea acțiunii', 'Cadrul legal')).toEqual([
      'number',
      'deadline',
      'legal_basis',
      'title',
      'executors',
      'executors',
      'title',
      'legal_basis',
    ]);
  });
  it('reads a flattened table with a parent heading over two term columns and a column-number row', () => {
    const text = [
      'Sıra',
      'sayı',
      'Tədbirlər',
      'İcraçılar',
      'Keçirilmə müddətləri',
      'Seçki Məcəlləsinə əsasən',
      'Tövsiyə olunan müddətlər',
      '1',
      '2',
      '3',
      '4',
      '5',
      '1',
      'Seçki məntəqələrinin yaradılması',
      'Dairə seçki komissiyaları',
      'Səsvermə gününə azı 60 gün qalmış',
      'M a d d ə 36.2',
      '2024-cü il dekabrın 9-dək',
      '2',
      'Seçici siyahılarının tərtib edilməsi',
      'Mərkəzi Seçki Komissiyası',
      'Səsvermə gününə azı 45 gün qalmış',
      '2024-cü il dekabrın 24-dək',
    ].join('\n\n');
    const region = readLineCells(textToBlocks(text));
    const columns = buildColumns(region!.header);
    expect(columns.map((c) => c.role)).toEqual(['number', 'title', 'executors', 'legal_basis', 'deadline']);
    expect(region!.rows.map((r) => r.cells[0]!.text)).toEqual(['1', '2']);
  });
});

describe('Azerbaijani and Romanian cells', () => {
  it('tells terms, law references and bodies', () => {
    expect(
      ['2023-cü il dekabrın 9-dək', 'Până la 5 mai 2021 inclusiv', 'Îndată după adoptarea hotărîrii', 'Səsvermə gününə azı 50 gün qalmış'].map((t) =>
        isDeadlineLike(t),
      ),
    ).toEqual([true, true, true, true]);
    expect(['M a d d ə l ə r : 8.1, 179.2, 207', 'Maddə 178.3', 'art. 21 alin. (1)'].map(isLegalBasisLike)).toEqual([true, true, true]);
    expect(isDeadlineLike('M a d d ə l ə r : 8.1, 179.2, 207')).toBe(false);
    expect(['Mərkəzi Seçki Komissiyası, dairə seçki komissiyaları', 'Comisia Electorală Centrală'].map(isLatinBodyName)).toEqual([true, true]);
    expect(
      isLatinBodyName('Növbədənkənar Azərbaycan Respublikası Prezidenti seçkilərinin təyin olunmasına dair Mərkəzi Seçki Komissiyası qərarının dərc edilməsi'),
    ).toBe(false);
  });
});

describe('Azerbaijani and Romanian titles and voting days', () => {
  it('takes a Romanian title by its plan word first, down to the column headings', () => {
    const t = findTitle(
      lines(
        'PROGRAMUL CALENDARISTIC',
        'pentru realizarea acțiunilor de organizare a alegerilor',
        'locale generale din 5 noiembrie 2023',
        '',
        'Cadrul legal',
        'Responsabili',
      ),
      new Set(),
    );
    expect(t?.title).toBe('PROGRAMUL CALENDARISTIC pentru realizarea acțiunilor de organizare a alegerilor locale generale din 5 noiembrie 2023');
    expect(findTitle(lines('Planul de acţiuni al Comisiei Electorale Centrale pentru anul 2024'), new Set())?.strong).toBe(true);
  });
  it('takes an Azerbaijani title by its plan word last, spaced letters and all', () => {
    const t = findTitle(lines('BƏLƏDİYYƏ SEÇKİLƏRİNİN HAZIRLANIB KEÇİRİLMƏSİ ÜZRƏ ƏSAS TƏDBİRLƏRİN', '', 'T Ə Q V İ M P L A N I'), new Set());
    expect(t?.title).toBe('BƏLƏDİYYƏ SEÇKİLƏRİNİN HAZIRLANIB KEÇİRİLMƏSİ ÜZRƏ ƏSAS TƏDBİRLƏRİN T Ə Q V İ M P L A N I');
    expect(findTitle(lines('Milli Məclisə seçkilərin əsas hərəkət və tədbirlərin Təqvim Planı'), new Set())?.strong).toBe(true);
  });
  it('reads the voting day a Romanian title names after «din», and none where two dates stand', () => {
    expect(votingDayInTitle('Programul calendaristic … privind desfăşurarea alegerilor Parlamentului Republicii Moldova din 6 martie 2005')).toBe('2005-03-06');
    expect(votingDayInTitle('PROGRAMUL CALENDARISTIC pentru … alegerilor Parlamentare anticipate din data de 11 iulie 2021')).toBe('2021-07-11');
    expect(votingDayInTitle('Programul … alegerilor locale din 5 noiembrie 2023 şi din 19 noiembrie 2023')).toBeNull();
  });
  it('reads the voting day an Azerbaijani act tells, not the date of the order that called it', () => {
    const told = lines('Prezidentinin 28 avqust 2015-ci il tarixli Sərəncamı ilə … Milli Məclisinə seçkilər 2015-ci il noyabrın 1-nə təyin edilmişdir.');
    expect(latinVotingDayTold(told)).toBe('2015-11-01');
    expect(latinVotingDayTold(lines('Bələdiyyə seçkiləri 2019-cu il dekabrın 23-də keçiriləcək.'))).toBe('2019-12-23');
    expect(latinVotingDayTold(lines('Prezidentinin 7 dekabr 2023-cü il tarixli Sərəncamı ilə seçkilər elan edilmişdir.'))).toBeNull();
  });
});

describe('the operative part of Azerbaijani and Romanian acts', () => {
  it('knows the formula and the points under it', () => {
    expect(
      ['… Seçki Məcəlləsinin 19.4-cü maddəsinə uyğun olaraq qərara alır:', 'Comisia Electorală Centrală HOTĂRĂŞTE:'].map((t) => LATIN_OPERATIVE.test(t)),
    ).toEqual([true, true]);
    expect(
      ['“… Təqvim Planı” təsdiq edilsin.', 'Təqvim Planı dərc edilsin.', 'Qərar dərc edildiyi gündən qüvvəyə minir.', 'Se aprobă Programul calendaristic'].map(
        isLatinResolutionPoint,
      ),
    ).toEqual([true, true, true, true]);
    expect(isLatinResolutionPoint('Seçki məntəqələrinin yaradılması')).toBe(false);
  });
});

describe('the body named in full in the page heading', () => {
  it('takes the heading’s full name over the short one the resolution gives itself', () => {
    const page = lines('Центральная избирательная комиссия Республики Молдова', 'ПОСТАНОВЛЕНИЕ', '… Центральная избирательная комиссия ПОСТАНОВЛЯЕТ:');
    expect(fullerBody('Центральная избирательная комиссия', page)).toBe('Центральная избирательная комиссия Республики Молдова');
    expect(fullerBody('Избирательная комиссия', lines('Избирательная комиссия Тверской области'))).toBe('Избирательная комиссия Тверской области');
    expect(fullerBody('Центральная избирательная комиссия', lines('Центральная избирательная комиссия сообщает, что прием документов окончен.'))).toBe(
      'Центральная избирательная комиссия',
    );
  });
});

describe('a voting day told without its year, and a term’s date in a title-like sentence', () => {
  it('takes the text’s one year when the day then follows every dated term', () => {
    const news = lines('Они будут образованы не позднее 3 января 2018 года включительно.', 'Местные выборы пройдут в Беларуси 18 февраля.');
    expect(votingDayInProse(news)).toBe('2018-02-18');
    expect(votingDayInProse(lines('Прием документов завершится 16 декабря 2017 года.', 'Выборы пройдут 18 февраля.'))).toBeNull();
    expect(votingDayInProse(lines('Выборы состоятся 10 марта.'))).toBeNull();
  });
  it('does not take a term’s date for the voting day of a title', () => {
    expect(votingDayInTitle('… комиссии на выборах будут образованы не позднее 3 января 2018 года включительно')).toBeNull();
    expect(votingDayInTitle('План мероприятий по подготовке выборов депутатов 18 февраля 2018 года')).toBe('2018-02-18');
  });
});

describe('a Kazakh or Kyrgyz resolution without a гриф', () => {
  const act = lines(
    '«Қазақстан Республикасындағы сайлау туралы» Конституциялық заңының 12-бабы негізінде Қазақстан Республикасының Орталық сайлау комиссиясы ҚАУЛЫ ЕТЕДІ:',
    '3. Қоса беріліп отырған 2007 жылғы 18 тамызға тағайындалған … мәслихаты депутаттарының сайлауын өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары бекітілсін (бұдан әрі – Күнтізбелік жоспар).',
  );
  it('names the body before «ҚАУЛЫ ЕТЕДІ» / «ТОКТОМ КЫЛАТ»', () => {
    expect(decreeAuthority(act)).toBe('Қазақстан Республикасының Орталық сайлау комиссиясы');
    expect(decreeAuthority(lines('Кодексине ылайык Ош шаардык шайлоо комиссиясы ТОКТОМ КЫЛАТ:'))).toBe('Ош шаардык шайлоо комиссиясы');
  });
  it('takes the plan the point approves, verb last, as the title', () => {
    expect(approvedTitle(act)).toBe(
      '2007 жылғы 18 тамызға тағайындалған … мәслихаты депутаттарының сайлауын өткізу жөніндегі негізгі іс-шаралардың күнтізбелік жоспары',
    );
    expect(approvedTitle(lines('1. Шайлоо комиссиясынын 2024-жылга карата иш планы бекитилсин.'))).toBe('Шайлоо комиссиясынын 2024-жылга карата иш планы');
    expect(approvedTitle(lines('2. Шайлау құжаттарының нысандары бекітілсін.'))).toBeNull();
  });
});

describe('a table whose cells are glued into one line per row', () => {
  it('parts the heading row and the rows where a word runs into the next cell’s capital, the number glued to the date', () => {
    const text = [
      'Nr. d/oTermenul de realizareReferinţeAcţiuneaExecutorul',
      '124.12.2004Cu cel puţin 60 de zile înainte de ziua alegerilorStabilirea datei alegerilor (art. 76(2))CEC',
      '2De la 27.12.2004cel tîrziu cu 30 zile înainte de ziua alegerilorDepunerea documentelor (art. 42,43)Partidele, blocurile electorale',
      '3 Concomitent cu depunerea documentelorPrezentarea simbolului partidului (art. 48 (2))Partidele',
    ].join('\n');
    const region = readGluedCells(textToBlocks(text));
    expect(region?.header).toEqual(['Nr. d/o', 'Termenul de realizare', 'Referinţe', 'Acţiunea', 'Executorul']);
    expect(region?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', '24.12.2004', 'Cu cel puţin 60 de zile înainte de ziua alegerilor', 'Stabilirea datei alegerilor (art. 76(2))', 'CEC'],
      ['2', 'De la 27.12.2004', 'cel tîrziu cu 30 zile înainte de ziua alegerilor', 'Depunerea documentelor (art. 42,43)', 'Partidele, blocurile electorale'],
      ['3', '', 'Concomitent cu depunerea documentelor', 'Prezentarea simbolului partidului (art. 48 (2))', 'Partidele'],
    ]);
    expect(region?.pinned).toBe(true);
  });
  it('reads a Russian sibling, and nothing where the numbers do not count up', () => {
    const ru = [
      '№ п/пНаименование мероприятияСрок исполненияОтветственные',
      '1Заседание комиссииЕжемесячноПредседатель ТИК',
      '2Обучение членов участковых комиссийМартСекретарь ТИК',
    ].join('\n');
    expect(readGluedCells(textToBlocks(ru))?.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1', 'Заседание комиссии', 'Ежемесячно', 'Председатель ТИК'],
      ['2', 'Обучение членов участковых комиссий', 'Март', 'Секретарь ТИК'],
    ]);
    const notRows = [
      '№ п/пНаименование мероприятияСрок исполненияОтветственные',
      '5Заседание комиссииЕжемесячноПредседатель ТИК',
      '7Обучение членов УИКМартСекретарь ТИК',
    ].join('\n');
    expect(readGluedCells(textToBlocks(notRows))).toBeNull();
  });
});

describe('a Romanian row run into one line, its term and articles first', () => {
  it('takes the term, the articles and the executor’s abbreviation off the action', () => {
    expect(romanianTermFirst('Până la 5 mai 2021 inclusiv art. 22, 26, Repartizarea atribuțiilor între membrii CEC în perioada CEC')).toEqual({
      deadline: 'Până la 5 mai 2021 inclusiv',
      legalBasis: 'art. 22, 26',
      title: 'Repartizarea atribuțiilor între membrii CEC în perioada',
      executors: 'CEC',
    });
    expect(romanianTermFirst('Începând cu 5 mai 2021 art. 1 Începutul perioadei electorale CEC')).toEqual({
      deadline: 'Începând cu 5 mai 2021',
      legalBasis: 'art. 1',
      title: 'Începutul perioadei electorale',
      executors: 'CEC',
    });
    expect(romanianTermFirst('Pînă la 20.09.2023 art. 26 alin. (1) lit. d) și Publicarea listei partidelor')?.legalBasis).toBe('art. 26 alin. (1) lit. d)');
    expect(romanianTermFirst('Publicarea listei partidelor până la 7 mai 2021')).toBeNull();
  });
  it('numbers a row whose text opens with a letter beyond A–Z', () => {
    expect(parseLeadingNumber('1. Începând cu 5 mai 2021 art. 1', { requireText: true })?.number).toBe('1');
    expect(parseLeadingNumber('2. Əsas tədbirlər', { requireText: true })?.number).toBe('2');
  });
});

describe('a mirror page that starts inside a table of bar-closed cells', () => {
  it('reads the rows numbered on from the page before, the columns named by what the cells read like', () => {
    const page = [
      '23',
      '|',
      'Səsvermə vəsiqələrinin dairə seçki komissiyalarına verilməsi',
      '|',
      'Mərkəzi Seçki Komissiyası, dairə seçki komissiyaları',
      '|',
      'Səsvermə gününə azı 50 gün qalmış',
      'M a d d ə l ə r : 101.1, 101.2',
      '|',
      '2009-cu il noyabrın 3-dək',
      '|',
    ].join('\n');
    const region = readLineCells(textToBlocks(page));
    expect(buildColumns(region!.header).map((c) => c.role)).toEqual(['number', 'title', 'executors', 'legal_basis', 'deadline']);
    expect(region!.rows[0]!.cells[0]!.text).toBe('23');
    const ru = ['14', '|', 'Обучение членов участковых комиссий', '|', 'Не позднее 20 мая 2024 года', '|', 'Секретарь ТИК', '|', 'Протокол', '|'].join('\n');
    expect(readLineCells(textToBlocks(ru))?.rows.map((r) => r.cells[0]!.text)).toEqual(['14']);
  });
  it('does not take a page of prose that opens with a number', () => {
    expect(readLineCells(textToBlocks(['2024', 'Итоги года', 'Комиссия провела 12 заседаний до 20 декабря.'].join('\n')))).toBeNull();
  });
});
