import { describe, expect, it } from 'vitest';
import { kyrgyzCountsToDigits } from './kyrgyz.numerals.js';

describe('Kyrgyz counts in words', () => {
  it.each([
    ['шайлоо күнүнө тогуз күн калганда', 'шайлоо күнүнө 9 күн калганда'],
    ['бир күн калганда', '1 күн калганда'],
    ['он күн', '10 күн'],
    ['он беш күндүн ичинде', '15 күндүн ичинде'],
    ['отуз сегиз календардык күндөн кечиктирбестен', '38 календардык күндөн кечиктирбестен'],
    ['жыйырма бир календарлык күн', '21 календарлык күн'],
    ['беш жумушчу күндүн ичинде', '5 жумушчу күндүн ичинде'],
    ['жүз жыйырма күн', '120 күн'],
    ['үч айдын ичинде', '3 айдын ичинде'],
    ['саат сегизде', 'саат сегизде'],
  ])('%s', (input, output) => {
    expect(kyrgyzCountsToDigits(input)).toBe(output);
  });

  it.each([
    ['эки апта ичинде', '14 күн ичинде'],
    ['3 жуманын ичинде', '21 күн ичинде'],
  ])('weeks are seven days: %s', (input, output) => {
    expect(kyrgyzCountsToDigits(input)).toBe(output);
  });

  it.each([
    // «бир» of «ар бир» (each) is no count; numbers out of order are no number.
    'ар бир чейректе',
    'ар бир айда',
    'бир жолу',
    'беш он күн',
    'он он күн',
  ])('leaves other words alone: %s', (input) => {
    expect(kyrgyzCountsToDigits(input)).toBe(input);
  });
});
