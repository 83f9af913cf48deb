import { describe, expect, it } from 'vitest';
import { importPlan } from './import-plan.js';

// Classes found on the fifth held-out set (test/fixtures/import-corpus, ids in each test): a fragment quoted from
// the published text named, then a sibling of the same class that no document gave.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const refusedHeader = async (text: string): Promise<unknown> => importPlan(utf8(text)).catch((e: { code?: string; header?: unknown }) => e);
/** What the header says, whether the file is taken (a table whose rows were cut) or refused (no rows at all). */
type Header = { title: string; elections?: { votingDay: string }[] | undefined };
const headerOf = async (text: string): Promise<Header | undefined> => importPlan(utf8(text)).catch((e: { header?: Header }) => e.header);

describe('a Kyrgyz or Kazakh resolution: its points are not a plan, its heading gives the approval', () => {
  it('«ТОКТОМУ» under the body in the genitive, the date day first, points all numbered «1.» under «ТОКТОМ КЫЛАТ» (kg-kara-shoro-aiyl-kenesh-work-plan-2025-resolution-header)', async () => {
    const text = [
      'Кара-Шоро айылдык кеңешинин VIII чакырылыщынын II сессиясынын',
      ' ',
      'ТОКТОМУ',
      '16-январь,2025-жыл.                                          № 9                                  Өзгөн району',
      '                                                                                                                        Ак-Жар айылы',
      'Кара-шоро айылдык кеңешинин 2025-жылга иш  планынын бекитүү жөнүндө',
      ' ',
      'ТОКТОМ КЫЛАТ',
      ' ',
      '  1. Кара-Шоро айылдык кенешинин 2025- жылга пландаштырылган иш планы бекитилсин.',
      '( Тиркеме тиркелет 16 барак)',
      ' ',
      '  1. Кара-Шоро айылдык кенешинин иш планында пландаштырылган маселелерди айылдык кеңештин сессияларына алып чыгуу. Айылдык кенештин тиешелүү туруктуу комиссияларынын төргаларына жана айылдык кенештин жооптуу катчысына милдеттендирилсин.',
      ' ',
      '  1. Токтомдун аткарылышы боюнча көзөмөлдү өзүмө калтырам',
    ].join('\n');
    expect(await refusedHeader(text)).toMatchObject({
      code: 'import_not_a_plan',
      header: { approval: { authority: 'Кара-Шоро айылдык кеңеши', date: '2025-01-16', number: '9', actKind: 'постановление' } },
    });
  });

  it('the same heading of a commission, «ЧЕЧИМИ», points numbered on under «ЧЕЧИМ КЫЛАТ:»', async () => {
    const text = [
      'Ноокат райондук шайлоо комиссиясынын',
      'ЧЕЧИМИ',
      '5-март,2024-жыл.        № 12        Ноокат шаары',
      'Иш планын бекитүү жөнүндө',
      'ЧЕЧИМ КЫЛАТ:',
      '1. Комиссиянын 2024-жылга иш планы бекитилсин.',
      '2. Ушул чечим комиссиянын сайтына жарыялансын.',
      '3. Чечимдин аткарылышын көзөмөлдөө төрагага жүктөлсүн.',
    ].join('\n');
    expect(await refusedHeader(text)).toMatchObject({
      code: 'import_not_a_plan',
      header: { approval: { authority: 'Ноокат райондук шайлоо комиссиясы', date: '2024-03-05', number: '12', actKind: 'решение' } },
    });
  });

  it('Kazakh «ШЕШІМ ЕТТІ:» closes the preamble; the four points are the decision, the voting day is in its title (kz-zhambyl-oblast-tik-maslikhat-by-elections-decision-2018-kk-header)', async () => {
    const text = [
      'Жамбыл облысы бойынша',
      'мәслихаттардың шығып қалған',
      'депутаттарының орнына',
      '2018 жылғы 25 наурызға',
      'сайлау тағайындау туралы',
      ' ',
      'Қазақстан Республикасының «Қазақстан Республикасындағы сайлау туралы» Конституциялық Заңының 101 бабы, 4-тармағын басшылыққа ала отырып, облыстық аумақтық сайлау комиссиясы ШЕШІМ ЕТТІ:',
      '  1. Жамбыл облысы бойынша мәслихаттардың шығып қалған депутаттарының орнына 2018 жылғы 25 наурызға сайлау тағайындалсын.',
      '  2. 2018 жылғы 25 наурызға тағайындалған облыстағы мәслихаттар бойынша шығып қалған депутаттарының орнына сайлауды өткізу жөніндегі негізгі іс шаралардың күнтізбелік жоспары қосымшаға сәйкес бекітілсін.',
      '  3. Осы шешім сайлауды әзірлеу мен өткізуді қамтамасыз ету үшін тиісті сайлау комиссияларына жіберілсін.',
      '  4. Осы шешім бұқаралық ақпарат құралдарында жариялансын.',
    ].join('\n');
    expect(await refusedHeader(text)).toMatchObject({ code: 'import_not_a_plan', header: { elections: [{ votingDay: '2018-03-25' }] } });
  });

  it('Kazakh «ҚАУЛЫ ЕТЕДІ:» is the same formula: the points under it are no plan', async () => {
    const text = [
      'Аудандық аумақтық сайлау комиссиясы ҚАУЛЫ ЕТЕДІ:',
      '1. Комиссияның 2024 жылға арналған жұмыс жоспары бекітілсін.',
      '2. Осы қаулы аудандық газетте жариялансын.',
      '3. Осы қаулының орындалуын бақылау хатшыға жүктелсін.',
    ].join('\n');
    await expect(importPlan(utf8(text))).rejects.toMatchObject({ code: 'import_not_a_plan' });
  });
});

describe('«УТВЕРЖДЕН» with the body but not the act kind', () => {
  it('the body stands alone between the verb and the date (north-ossetia-cik-disabled-organisations-interaction-plan-2023-header)', async () => {
    const text = [
      'Вы можете открыть актуальную версию документа прямо сейчас.',
      'Если вы являетесь пользователем интернет-версии системы ГАРАНТ, вы можете открыть этот документ прямо сейчас или запросить по Горячей линии в системе.',
      'Приложение N 1',
      'УТВЕРЖДЕН',
      'Центральной избирательной комиссии',
      'Республики Северная Осетия-Алания',
      'от 22 февраля 2023 г. N 46/233-7',
      'Согласовано',
      'Председатель',
      'Северо-Осетинской Республиканской',
      'организации Всероссийского',
      'общества инвалидов',
      '__________ Р.Т. Бетрозова',
      '"____" __________ 20 ___ г.',
    ].join('\n');
    expect(await refusedHeader(text)).toMatchObject({
      header: {
        approval: { authority: 'Центральная избирательная комиссия Республики Северная Осетия-Алания', date: '2023-02-22', number: '46/233-7', appendix: '1' },
      },
    });
  });

  it('in the instrumental, over more lines', async () => {
    const text = ['УТВЕРЖДЕНА', 'Территориальной избирательной', 'комиссией Заокского района', 'от 10 января 2024 года № 5/12', 'План работы на 2024 год'].join(
      '\n',
    );
    expect(await refusedHeader(text)).toMatchObject({
      header: { approval: { authority: 'Территориальная избирательная комиссия Заокского района', date: '2024-01-10', number: '5/12' } },
    });
  });
  it('«ОДОБРЕН на заседании …»: the meeting is the body’s, not part of its name', async () => {
    const text = ['ОДОБРЕН', 'на заседании ТИК Заокского района', 'от 12 января 2024 года № 3', 'План работы на 2024 год'].join('\n');
    expect(await refusedHeader(text)).toMatchObject({ header: { approval: { authority: 'ТИК Заокского района', date: '2024-01-12', number: '3' } } });
  });
});

describe('a title that runs on into the line naming the voting day', () => {
  it('the voting-day lines end the title and still anchor the election (yanao-novy-urengoy-tik-disabled-voters-plan-2015)', async () => {
    const text = [
      'УТВЁРЖДЁН',
      'решением Территориальной',
      'избирательной комиссии',
      'города Нового Уренгоя',
      'от 19 марта 2015 года № 82/471',
      'План основных мероприятий по реализации',
      'избирательных прав граждан Российской Федерации с ограниченными',
      'физическими возможностями',
      'в единый день голосования',
      '13 сентября 2015 года',
      '№',
      'п/п',
      'Наименование мероприятия',
    ].join('\n');
    const header = await headerOf(text);
    expect(header?.title).toBe(
      'План основных мероприятий по реализации избирательных прав граждан Российской Федерации с ограниченными физическими возможностями в единый день голосования 13 сентября 2015 года',
    );
    expect(header?.elections?.map((e) => e.votingDay)).toEqual(['2015-09-13']);
  });

  it('«на день голосования <date>» in the same place', async () => {
    const text = [
      'План мероприятий по информированию избирателей',
      'на день голосования',
      '8 сентября 2024 года',
      '1. Изготовление плакатов ТИК до 1 августа',
    ].join('\n');
    expect((await headerOf(text))?.title).toBe('План мероприятий по информированию избирателей на день голосования 8 сентября 2024 года');
  });
});

describe('an act flattened into one paragraph by a document mirror', () => {
  it('letterhead, act, date and number, place, «О Плане …» heading and preamble are read as the printed act (yanao-salekhard-tik-disabled-voters-plan-decision-2014-header)', async () => {
    const text =
      'ЯМАЛО-НЕНЕЦКИЙ АВТОНОМНЫЙ ОКРУГ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ГОРОДА САЛЕХАРДА РЕШЕНИЕ 31 марта 2014 года № 74/277 г.Салехард О Плане основных мероприятий по обеспечению избирательных прав граждан Российской Федерации с ограниченными физическими возможностями при проведении выборов депутатов Городской Думы муниципального образования город Салехард в единый день голосования 14 сентября 2014 года Руководствуясь постановлением Избирательной комиссии ЯмалоНенецкого автономного округа от 18 марта 2014 года № 81/660-5 «О плане основных мероприятий по обеспечению избирательных прав граждан Российской Федерации с ограниченными физическими возможностями в единый день голосования 14 сентября 2014 года», в целях содействия реализации избирательных прав граждан Российской Федерации с ограниченными физическими возможностями Территориальная избирательная комиссия города Салехарда РЕШИЛА:';
    expect(await refusedHeader(text)).toMatchObject({
      header: {
        title:
          'План основных мероприятий по обеспечению избирательных прав граждан Российской Федерации с ограниченными физическими возможностями при проведении выборов депутатов Городской Думы муниципального образования город Салехард в единый день голосования 14 сентября 2014 года',
        approval: { authority: 'Территориальная избирательная комиссия города Салехарда', date: '2014-03-31', number: '74/277', actKind: 'решение' },
        elections: [{ votingDay: '2014-09-14' }],
      },
    });
  });

  it('a resolution of a commission under its region, with «В соответствии с …»', async () => {
    const text =
      'ИРКУТСКАЯ ОБЛАСТЬ ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ГОРОДА БРАТСКА ПОСТАНОВЛЕНИЕ 12 января 2023 года № 45/310 г.Братск О Плане работы Территориальной избирательной комиссии города Братска на 2023 год В соответствии со статьей 26 Федерального закона «Об основных гарантиях избирательных прав и права на участие в референдуме граждан Российской Федерации» территориальная избирательная комиссия города Братска ПОСТАНОВЛЯЕТ:';
    expect(await refusedHeader(text)).toMatchObject({
      header: {
        title: 'План работы Территориальной избирательной комиссии города Братска на 2023 год',
        approval: { authority: 'Территориальная избирательная комиссия города Братска', date: '2023-01-12', number: '45/310', actKind: 'постановление' },
      },
    });
  });
});
