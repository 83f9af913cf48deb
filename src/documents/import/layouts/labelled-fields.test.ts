import { describe, expect, it } from 'vitest';
import type { PlanDraft } from '../../../shared/plan-format.js';
import { allItems, executorTexts } from '../draft-walk.fixture.js';
import { importPlan } from '../import-plan.js';
import { splitLabelled } from './labelled-fields.js';

describe('splitLabelled', () => {
  it.each([
    ['Срок: март 2026 года.', { before: '', parts: [{ column: 'deadline', text: 'март 2026 года' }] }],
    ['Ответственный: Сидорова А.В.', { before: '', parts: [{ column: 'executors', text: 'Сидорова А.В.' }] }],
    ['Срок исполнения – до 1 июня', { before: '', parts: [{ column: 'deadline', text: 'до 1 июня' }] }],
    [
      'Обновить стенд (срок – ежеквартально; отв. – секретарь ТИК)',
      {
        before: 'Обновить стенд',
        parts: [
          { column: 'deadline', text: 'ежеквартально' },
          { column: 'executors', text: 'секретарь ТИК' },
        ],
      },
    ],
    [
      'Дата проведения: 15 февраля Исполнители: ТИК, библиотека',
      {
        before: '',
        parts: [
          { column: 'deadline', text: '15 февраля' },
          { column: 'executors', text: 'ТИК, библиотека' },
        ],
      },
    ],
    ['Аткаруу мөөнөтү: 2026-жылдын март айы', { before: '', parts: [{ column: 'deadline', text: '2026-жылдын март айы' }] }],
    ['Жооптуу аткаруучулар: БШК аппараты', { before: '', parts: [{ column: 'executors', text: 'БШК аппараты' }] }],
    ['Орындау мерзімі: наурыз', { before: '', parts: [{ column: 'deadline', text: 'наурыз' }] }],
    ['Жауаптылар: аумақтық сайлау комиссиясы', { before: '', parts: [{ column: 'executors', text: 'аумақтық сайлау комиссиясы' }] }],
    ['Провести семинар в срок до 1 марта', null],
    ['Определить срок: до 1 мая', null],
    ['Исполнители конкурса получат дипломы', null],
  ])('%s', (text, expected) => {
    expect(splitLabelled(text)).toEqual(expected);
  });
});

const rows = (d: PlanDraft) => allItems(d.items).map((i) => [i.number, i.title, i.deadline?.text ?? null, executorTexts(i).join('; ')]);

describe('a plan whose points name their columns', () => {
  it('labelled lines under each point go to their columns, without the labels', async () => {
    const draft = await importPlan(
      new TextEncoder().encode(
        'План мероприятий ТИК Озерного района по обучению организаторов выборов на 2026 год\n\n' +
          '1. Семинар для председателей участковых комиссий.\nСрок: март 2026 года.\nОтветственный: Сидорова А.В.\n' +
          '2. Тестирование членов участковых комиссий\n   Срок проведения: апрель – май\n   Исполнители: ТИК, системный администратор\n' +
          '3. Обновить стенд в помещении комиссии (срок – ежеквартально; отв. – секретарь ТИК).\n',
      ),
      { fileName: 'plan.txt' },
    );
    expect(rows(draft)).toEqual([
      ['1', 'Семинар для председателей участковых комиссий.', 'март 2026 года', 'Сидорова А.В.'],
      ['2', 'Тестирование членов участковых комиссий', 'апрель – май', 'ТИК; системный администратор'],
      ['3', 'Обновить стенд в помещении комиссии', 'ежеквартально', 'секретарь ТИК'],
    ]);
  });
});
