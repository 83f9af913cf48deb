import { describe, expect, it } from 'vitest';
import { ImportError } from '../import-error.js';
import { importPlan } from '../import-plan.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

// A published page cut after its first row: one numbered measure with its executor and deadline is a plan.
describe('a plan of one numbered measure', () => {
  it('reads the measure when its executor and deadline follow it', async () => {
    const draft = await importPlan(
      encode(
        [
          'КАЛЕНДАРНЫЙ ПЛАН мероприятий по подготовке и проведению выборов',
          '',
          '1. Образование избирательных участков',
          'Глава администрации района',
          'Не позднее 20 июля 2025 года',
        ].join('\n'),
      ),
      { fileName: 'one.txt' },
    );
    expect(draft.items.map((i) => [i.number, i.title, i.deadline?.text, i.executors.map((e) => e.text)])).toEqual([
      ['1', 'Образование избирательных участков', 'Не позднее 20 июля 2025 года', ['Глава администрации района']],
    ]);
  });

  it('refuses a lone numbered point without a deadline (a resolution, not a plan)', async () => {
    const read = importPlan(
      encode(
        ['ПОСТАНОВЛЕНИЕ', 'от 5 июня 2025 г. № 12/3', '', '1. Утвердить Календарный план мероприятий (прилагается).', 'Председатель комиссии И.И. Иванов'].join(
          '\n',
        ),
      ),
      { fileName: 'resolution.txt' },
    );
    await expect(read).rejects.toBeInstanceOf(ImportError);
  });
});
