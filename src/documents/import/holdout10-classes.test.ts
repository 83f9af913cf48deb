import { describe, expect, it } from 'vitest';
import type { DraftItem, PlanDraft } from '../../shared/plan-format.js';
import { importPlan } from './import-plan.js';

// Classes found on the tenth held-out set (plans of Russian bodies told in news; ids in each test): a fragment quoted
// from the published text named, then a sibling of the same class that no document gave.
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const imported = async (text: string): Promise<PlanDraft> => importPlan(utf8(text));
type Header = Pick<PlanDraft, 'title' | 'approval' | 'period'>;
const headerOf = async (text: string): Promise<Header | undefined> => importPlan(utf8(text)).catch((e: { header?: Header }) => e.header);
const rows = (items: readonly DraftItem[]): [string | null, string][] =>
  items.flatMap((i) => (i.kind === 'section' ? rows(i.children) : [[i.deadline?.text ?? null, i.title] as [string | null, string]]));

describe('a plan told one measure a sentence, with the future of the steps it announces', () => {
  it('each sentence is its measure, the term as printed (rostov-ik-uik-formation-timetable-news-2023)', async () => {
    const draft = await imported(
      [
        'Формирование УИК',
        '30.03.2023',
        'В апреле территориальные избирательные комиссии приступят к приему предложений в составы участковых избирательных комиссий. В конце мая ТИК примут решения о назначении членов участковых комиссий.',
        'Первые заседания новых составов УИК состоятся 6 июня.',
        '#новостиИКРО',
      ].join('\n'),
    );
    expect(rows(draft.items)).toEqual([
      ['В апреле', 'В апреле территориальные избирательные комиссии приступят к приему предложений в составы участковых избирательных комиссий'],
      ['В конце мая', 'В конце мая ТИК примут решения о назначении членов участковых комиссий'],
      ['6 июня', 'Первые заседания новых составов УИК состоятся 6 июня'],
    ]);
  });

  it('a future passive and a bound keep their «до» (penza-future-voters-contest-stages-news-2026; a sibling)', async () => {
    const draft = await imported(
      [
        'Завершился прием заявок на конкурс',
        'До 24 февраля 2024 года будет проведена проверка работ.',
        'Затем будут отобраны 10 команд, которые примут участие во втором этапе (до 5 марта).',
        'Итоги конкурса подведут не позднее 20 марта.',
        'В апреле будет организована выставка работ победителей.',
      ].join('\n'),
    );
    expect(rows(draft.items).map(([d]) => d)).toEqual(['До 24 февраля 2024 года', 'до 5 марта', 'не позднее 20 марта', 'В апреле']);
  });

  it('a sentence that lists several measures still names each by the words after its verb', async () => {
    const draft = await imported(
      'Так, на сентябрь запланировали проведение игры «Интересно о выборах!»; в ноябре – правовой урок «Россия». В декабре намечается час истории «Конституция».',
    );
    expect(rows(draft.items).map(([, t]) => t)).toEqual(['проведение игры «Интересно о выборах!»', 'правовой урок «Россия»', 'час истории «Конституция»']);
  });

  it('a sentence that reports what was done is no measure', async () => {
    await expect(imported('В апреле ТИК приняли решения о составах комиссий. В мае прошли заседания УИК.')).rejects.toThrow();
  });
});

describe('a dash glued to the first word of a list line', () => {
  it('is a bullet (kemerovo-zavodsky-young-voter-club-meeting-programme-2007)', async () => {
    const draft = await imported(
      [
        'Заседание Клуба молодого избирателя',
        'В программе мероприятия:',
        '-выступление депутата горсовета о работе депутатского корпуса;',
        '-информация председателя ТИК о выборах в Государственную Думу РФ;',
        '-викторина с будущими избирателями «Молодежь и выборы».',
      ].join('\n'),
    );
    expect(rows(draft.items).map(([, t]) => t)).toEqual([
      'выступление депутата горсовета о работе депутатского корпуса',
      'информация председателя ТИК о выборах в Государственную Думу РФ',
      'викторина с будущими избирателями «Молодежь и выборы».',
    ]);
  });
});

describe("a law portal's one-line heading naming the body in the genitive", () => {
  it('names the approving body, not the portal menu above (amur-ik-legal-culture-programme-plan-1999-header)', async () => {
    const header = await headerOf(
      [
        'Правовые акты Амурской области',
        'Архив (обновление)',
        '',
        'ПОСТАНОВЛЕНИЕ ИЗБИРАТЕЛЬНОЙ КОМИССИИ АМУРСКОЙ ОБЛАСТИ ОТ 18.03.1999 N 345 О ПЛАНЕ МЕРОПРИЯТИЙ ИЗБИРАТЕЛЬНОЙ КОМИССИИ АМУРСКОЙ ОБЛАСТИ НА 1999 ГОД',
        '(по состоянию на 19 июля 2006 года)',
      ].join('\n'),
    );
    expect(header?.approval?.authority).toBe('Избирательная комиссия Амурской области');
  });

  it('a territorial commission in the same heading (a sibling)', async () => {
    const header = await headerOf(
      [
        'Документы',
        'Новые поступления',
        'РЕШЕНИЕ ТЕРРИТОРИАЛЬНОЙ ИЗБИРАТЕЛЬНОЙ КОМИССИИ ЛЕНИНСКОГО РАЙОНА ОТ 12.01.2021 N 5/12 О ПЛАНЕ РАБОТЫ НА 2021 ГОД',
      ].join('\n'),
    );
    expect(header?.approval?.authority).toBe('Территориальная избирательная комиссия Ленинского района');
  });
});

describe('an approval told in news sentences', () => {
  it('a meeting numbered in figures (chuvashia-ik-disabled-voters-plan-news-2025-header)', async () => {
    const header = await headerOf(
      [
        '8 июля состоялось 95 заседание Избирательной комиссии Чувашской Республики.',
        'В ходе заседания члены комиссии рассмотрели вопросы, связанные с проведением выборов в единый день голосования 14 сентября 2025 года:',
        'утвердили План мероприятий по обеспечению избирательных прав граждан с ограниченными физическими возможностями.',
      ].join('\n'),
    );
    expect(header?.approval?.authority).toBe('Избирательная комиссия Чувашской Республики');
    expect(header?.approval?.date).toBe('2025-07-08');
  });

  it('«12 марта состоялось № 7 заседание …» (a sibling)', async () => {
    const header = await headerOf(
      [
        '12 марта 2024 года состоялось № 7 заседание Территориальной избирательной комиссии Кировского района.',
        'Члены комиссии утвердили план работы на 2024 год.',
      ].join('\n'),
    );
    expect(header?.approval?.authority).toBe('Территориальная избирательная комиссия Кировского района');
  });

  it('a body that decided, then «Также утверждена его программа» (orel-ik-young-voter-day-programme-news-2024-header)', async () => {
    const header = await headerOf(
      [
        'Программа мероприятий рассчитана на два месяца.',
        'Избирательная комиссия Орловской области распорядилась о проведении Дня молодого избирателя в регионе в 2024 году. Также утверждена его программа.',
      ].join('\n'),
    );
    expect(header?.approval?.authority).toBe('Избирательная комиссия Орловской области');
  });

  it('a decision with no plan approved names no approving body (a sibling)', async () => {
    const header = await headerOf(
      ['Конкурс для молодежи', 'Избирательная комиссия Курской области решила провести конкурс среди молодежи. Итоги подведут в мае.'].join('\n'),
    );
    expect(header?.title).toBeTruthy();
    expect(header?.approval?.authority ?? null).toBeNull();
  });
});

describe('a table one cell per line with the term column first and no numbers', () => {
  it('opens each row at its bare day, an empty cell kept (irkutsk-zhigalovo-library-monthly-plan-2023-08)', async () => {
    const draft = await imported(
      [
        'План основных мероприятий МЦБ на август 2023 г.',
        'Сроки проведения |',
        'Наименование мероприятий |',
        'Группы пользователей |',
        'Ответственные |',
        '19.08 |',
        'Благотворительная акция «Собери ребенка в школу» |',
        'Малообеспеченные семьи |',
        'Коллектив МЦБ |',
        '21.08 |',
        'Онлайн-викторина ко Дню российского кино «Синема» |',
        '|',
        'Коллектив МЦБ |',
        '22.08 |',
        'Патриотическая акция «Российский флаг» |',
        'Все группы пользователей |',
        'Коллектив МЦБ',
        '|',
      ].join('\n'),
    );
    expect(rows(draft.items)).toEqual([
      ['19.08', 'Благотворительная акция «Собери ребенка в школу»'],
      ['21.08', 'Онлайн-викторина ко Дню российского кино «Синема»'],
      ['22.08', 'Патриотическая акция «Российский флаг»'],
    ]);
  });

  it('a school plan with full dates in the term column (a sibling)', async () => {
    const draft = await imported(
      [
        'План мероприятий школы к Дню молодого избирателя на февраль 2024 г.',
        'Дата |',
        'Мероприятие |',
        'Ответственный |',
        '12.02.2024 |',
        'Классный час «Я — будущий избиратель» |',
        'Петрова И.И. |',
        '16.02.2024 |',
        'Викторина «Знаешь ли ты Конституцию?» |',
        'Сидоров П.П. |',
      ].join('\n'),
    );
    expect(rows(draft.items)).toEqual([
      ['12.02.2024', 'Классный час «Я — будущий избиратель»'],
      ['16.02.2024', 'Викторина «Знаешь ли ты Конституцию?»'],
    ]);
  });
});
