import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../shared/plan-format.js';
import { allItems, executorTexts } from './draft-walk.fixture.js';
import { importPlan } from './import-plan.js';

// How commissions' sites serve a plan as a web page: minified to one line by the CMS, or — on older sites — inside a
// table that lays the page out (menu | content, a footer row), sometimes a table in a table. Synthetic pages in the
// shape of each class.
const read = (html: string) => importPlan(new TextEncoder().encode(html), { fileName: 'plan.html' });
const rows = (d: PlanDraft) => allItems(d.items).map((i) => [i.kind, i.number, i.title, i.deadline?.text ?? null, executorTexts(i).join('; ')]);

const HEAD =
  '<p align="right">УТВЕРЖДЕН<br>решением ТИК Ленинского района<br>от 10.01.2025 № 5/20</p><p align="center"><b>ПЛАН</b></p><p align="center"><b>работы ТИК Ленинского района на 2025 год</b></p>';
const PLAN =
  '<table border="1"><tr><td>№ п/п</td><td>Наименование мероприятия</td><td>Срок исполнения</td><td>Ответственные</td></tr>' +
  '<tr><td colspan="4"><b>1. Организационная работа</b></td></tr>' +
  '<tr><td>1.1.</td><td>Заседания комиссии</td><td>ежемесячно</td><td>Председатель ТИК</td></tr>' +
  '<tr><td>1.2.</td><td>Прием граждан</td><td>по средам</td><td>Члены ТИК</td></tr></table>';
const EXPECTED = [
  ['section', '1', 'Организационная работа', null, ''],
  ['item', '1.1', 'Заседания комиссии', 'ежемесячно', 'Председатель ТИК'],
  ['item', '1.2', 'Прием граждан', 'по средам', 'Члены ТИК'],
];

describe('a page minified to one line', () => {
  it('keeps its title apart from the approval above it', async () => {
    const draft = await read(`<html><body>${HEAD}${PLAN}</body></html>`);
    expect(draft.title).toBe('План работы ТИК Ленинского района на 2025 год');
    expect(draft.approval).toMatchObject({ authority: 'ТИК Ленинского района', date: '2025-01-10', number: '5/20' });
    expect(draft.period).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(rows(draft)).toEqual(EXPECTED);
  });

  it('numbers its rows by block, so that every row has a line of its own', async () => {
    const draft = await read(`<html><body>${HEAD}${PLAN}</body></html>`);
    const lines = allItems(draft.items).map((i) => i.line);
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe('a plan inside the table that lays the page out', () => {
  const MENU = '<a href="/">Главная</a><br><a href="/news">Новости</a><br><a href="/docs">Документы</a>';
  const FOOTER = '© 2025 ТИК Ленинского района. Все права защищены.';

  it('menu | content, a footer row: the plan is read with its rows, the menu stays outside the plan', async () => {
    const draft = await read(
      `<html><body><table width="100%"><tr><td>${MENU}</td><td>${HEAD}${PLAN}</td></tr><tr><td colspan="2">${FOOTER}</td></tr></table></body></html>`,
    );
    expect(draft.title).toBe('План работы ТИК Ленинского района на 2025 год');
    expect(rows(draft)).toEqual(EXPECTED);
    expect(allItems(draft.items).some((i) => /Главная|Новости/.test(i.title))).toBe(false);
  });

  it('a table in a table in the layout table', async () => {
    const draft = await read(
      `<html><body><table><tr><td><table><tr><td>Меню</td></tr><tr><td>Главная</td></tr></table></td><td><table><tr><td>${HEAD}${PLAN}</td></tr></table></td></tr></table></body></html>`,
    );
    expect(rows(draft)).toEqual(EXPECTED);
  });

  it('a plan of many rows with a small table inside one of its cells stays one plan', async () => {
    const items = Array.from({ length: 8 }, (_, k) => `<tr><td>${k + 1}.</td><td>Мероприятие ${k + 1}</td><td>январь</td><td>ТИК</td></tr>`).join('');
    const nested =
      '<tr><td>9.</td><td>Семинар<table><tr><td>группа 1</td><td>10 чел.</td></tr><tr><td>группа 2</td><td>12 чел.</td></tr></table></td><td>март</td><td>ТИК</td></tr>';
    const draft = await read(
      `<html><body><p>План работы на 2025 год</p><table><tr><td>№</td><td>Мероприятие</td><td>Срок</td><td>Исполнитель</td></tr>${items}${nested}</table></body></html>`,
    );
    expect(allItems(draft.items)).toHaveLength(9);
    expect(allItems(draft.items)[8]!.title).toContain('Семинар');
    expect(allItems(draft.items)[8]!.title).toContain('группа 2');
  });
});

// Editors of commissions' sites number a plan with <ol>: the numbers are not in the markup but every browser prints
// them (and every text copy of the page carries them); the items lost them and ran into the heading above them.
describe('a plan written as the page’s lists', () => {
  const list = (attrs: string, ...lis: string[]) => `<ol${attrs}>${lis.map((l) => `<li>${l}</li>`).join('')}</ol>`;

  it('numbers each <li> as a browser does and keeps the headings between the lists as sections', async () => {
    const draft = await read(
      `<html><body>${HEAD}<h3>1. Организационная работа</h3>${list('', 'Заседания комиссии', 'Прием граждан')}` +
        `<h3>2. Обучение</h3>${list('', 'Семинар для членов УИК')}</body></html>`,
    );
    expect(rows(draft)).toEqual([
      ['section', '1', 'Организационная работа', null, ''],
      ['item', '1', 'Заседания комиссии', null, ''],
      ['item', '2', 'Прием граждан', null, ''],
      ['section', '2', 'Обучение', null, ''],
      ['item', '1', 'Семинар для членов УИК', null, ''],
    ]);
  });

  it('an empty item leaves no number before the text after its list', async () => {
    const draft = await read(`<html><body>${HEAD}<ol><li></li></ol><p>Текст после списка</p>${PLAN}</body></html>`);
    expect(JSON.stringify(draft)).not.toContain('1. Текст после списка');
    expect(rows(draft)).toEqual(EXPECTED);
  });

  it('reads start, value and the Roman type', async () => {
    const draft = await read(
      `<html><body>${HEAD}${list(' type="I"', 'Организационная работа')}${list(' start="3"', 'Заседания комиссии', 'Прием граждан')}` +
        `<ol><li value="7">Отчет о работе</li></ol></body></html>`,
    );
    expect(allItems(draft.items).map((i) => [i.number, i.title])).toEqual([
      ['I', 'Организационная работа'],
      ['3', 'Заседания комиссии'],
      ['4', 'Прием граждан'],
      ['7', 'Отчет о работе'],
    ]);
  });

  it('a bulleted list of terms in a news page keeps its bullets as list lines', async () => {
    const draft = await read(
      '<html><body><h1>ЦИК утвердила календарный план</h1><p>Основные сроки:</p><ul>' +
        '<li>прием документов кандидатов — с 20 июня по 10 июля 2025 года;</li>' +
        '<li>публикация списков избирательных участков — до 4 августа 2025 года;</li>' +
        '<li>день тишины — 13 сентября 2025 года.</li></ul></body></html>',
    );
    const items = allItems(draft.items).filter((i) => i.kind === 'item');
    expect(items.map((i) => [i.title, i.deadline?.text ?? null])).toEqual([
      ['прием документов кандидатов', 'с 20 июня по 10 июля 2025 года'],
      ['публикация списков избирательных участков', 'до 4 августа 2025 года'],
      ['день тишины', '13 сентября 2025 года'],
    ]);
  });
});
