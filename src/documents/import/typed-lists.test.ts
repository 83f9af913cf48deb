import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { allItems, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// Plans typed as numbered lines in a site's editor or copied from Word's auto-numbering: the headings are in ordinary
// case (no capitals, no bold) and each group numbers its measures from 1; a line gives the term and who after dashes.
const read = (text: string) => importPlan(new TextEncoder().encode(text), { fileName: 'plan.txt' });
const rows = (d: PlanDraft) => allItems(d.items).map((i) => [i.kind, i.number, i.title, i.deadline?.text ?? null, executorTexts(i).join('; ')]);
const HEAD = 'УТВЕРЖДЕН\nрешением ТИК Заводского района\nот 12.01.2026 № 3/11\n\nПЛАН\nработы ТИК Заводского района на 2026 год\n\n';

describe('numbered headings told by their items starting again at 1', () => {
  it('are sections, and the restarted numbers are no cause for a warning', async () => {
    const draft = await read(
      HEAD +
        '1. Работа с кадрами\n1. Формирование резерва составов участковых комиссий\n2. Учет кадров\n' +
        '2. Информационная деятельность\n1. Ведение страницы на сайте\n2. Выпуск памяток\n3. Встречи с избирателями\n' +
        '3. Контроль\n1. Проверка соблюдения порядка хранения документов\n',
    );
    expect(rows(draft).map(([kind, number, title]) => [kind, number, title])).toEqual([
      ['section', '1', 'Работа с кадрами'],
      ['item', '1', 'Формирование резерва составов участковых комиссий'],
      ['item', '2', 'Учет кадров'],
      ['section', '2', 'Информационная деятельность'],
      ['item', '1', 'Ведение страницы на сайте'],
      ['item', '2', 'Выпуск памяток'],
      ['item', '3', 'Встречи с избирателями'],
      ['section', '3', 'Контроль'],
      ['item', '1', 'Проверка соблюдения порядка хранения документов'],
    ]);
    expect(draft.warnings.map((w) => w.message).filter((m) => m.includes('повторно'))).toEqual([]);
  });

  it('a list numbered 1 … n throughout stays a list of measures', async () => {
    const draft = await read(HEAD + '1. Заседания комиссии\n2. Прием граждан\n3. Обучение членов УИК\n4. Отчет о работе\n');
    expect(rows(draft).map(([kind, number]) => [kind, number])).toEqual([
      ['item', '1'],
      ['item', '2'],
      ['item', '3'],
      ['item', '4'],
    ]);
  });

  it('a row with its own term is a measure, not a heading, even when 1 follows it', async () => {
    const draft = await read(HEAD + '1. Работа с кадрами\n1. Учет кадров\n2. Семинар — март\n1. Выпуск памяток\n2. Встречи\n');
    expect(allItems(draft.items).filter((i) => i.kind === 'section')).toEqual([]);
  });
});

describe('a measure, its term and who, parted by dashes on one numbered line', () => {
  it('reads the three cells', async () => {
    const draft = await read(
      HEAD +
        '1. Заседания комиссии — ежемесячно — председатель ТИК\n2. Отчет о работе за 2025 год – январь – секретарь ТИК\n3. Обучение членов УИК - в течение года - члены ТИК с правом решающего голоса\n',
    );
    expect(rows(draft)).toEqual([
      ['item', '1', 'Заседания комиссии', 'ежемесячно', 'председатель ТИК'],
      ['item', '2', 'Отчет о работе за 2025 год', 'январь', 'секретарь ТИК'],
      ['item', '3', 'Обучение членов УИК', 'в течение года', 'члены ТИК с правом решающего голоса'],
    ]);
  });

  it('keeps a title whose dashes part neither a term nor who', async () => {
    const draft = await read(HEAD + '1. Конкурс — викторина — для старшеклассников\n2. Заседания комиссии — ежемесячно\n3. Прием граждан\n');
    expect(rows(draft)).toEqual([
      ['item', '1', 'Конкурс — викторина — для старшеклассников', null, ''],
      ['item', '2', 'Заседания комиссии', 'ежемесячно', ''],
      ['item', '3', 'Прием граждан', null, ''],
    ]);
  });
});

describe('terms a list gives around its points', () => {
  it('a month on its own line heads the points below it, the first month too', async () => {
    const draft = await read(
      HEAD + 'Январь\n1. Заседание комиссии\n2. Отчет о работе за 2025 год\nФевраль\n3. Семинар для членов УИК\nМарт\n4. Тестирование членов УИК\n',
    );
    expect(rows(draft).map(([, number, , deadline]) => [number, deadline])).toEqual([
      ['1', 'Январь'],
      ['2', 'Январь'],
      ['3', 'Февраль'],
      ['4', 'Март'],
    ]);
  });

  it('a term in brackets closing the line is the term; a bracket that is no term stays in the title', async () => {
    const draft = await read(
      HEAD +
        '1. Семинар для членов УИК (февраль)\n2. Тестирование членов УИК (март – апрель)\n3. Встреча с ветеранами (по согласованию)\n' +
        '4. Обучение операторов (2 часа)\n5. Прием граждан (в течение года).\n',
    );
    expect(rows(draft).map(([, number, title, deadline]) => [number, title, deadline])).toEqual([
      ['1', 'Семинар для членов УИК', 'февраль'],
      ['2', 'Тестирование членов УИК', 'март – апрель'],
      ['3', 'Встреча с ветеранами (по согласованию)', null],
      ['4', 'Обучение операторов (2 часа)', null],
      ['5', 'Прием граждан', 'в течение года'],
    ]);
  });
});
