import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineContext } from './deadline.types.js';
import { w } from './real-phrases.types.js';

// Classes the eighth held-out phrase set taught (real-phrases.holdout8.fixture.ts): the phrase as printed there,
// then siblings of the same class that no document gave.
const year = (y: number): DeadlineContext => ({ period: w(`${y}-01-01`, `${y}-12-31`) });

describe('a term told by its start in the past tense and its end', () => {
  it.each([
    ['начался 04 февраля и завершится 4 марта', year(2019), [w('2019-02-04', '2019-03-04')]],
    ['началась 1 октября и продлится до 30 ноября', year(2022), [w('2022-10-01', '2022-11-30')]],
    ['стартовал 15 марта и завершится 15 апреля', year(2024), [w('2024-03-15', '2024-04-15')]],
    ['начались 10 сентября и закончатся 20 сентября', year(2021), [w('2021-09-10', '2021-09-20')]],
  ] as const)('%s', (text, ctx, windows) => {
    expect(interpretDeadline(text, ctx).windows).toEqual(windows);
  });
});
