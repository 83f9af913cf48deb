import { describe, expect, it } from 'vitest';
import { actPossessiveGenitiveKy, actPossessiveKy, bodyGenitiveKy } from './act-ky.js';

describe('Kyrgyz act grammar', () => {
  it.each([
    [
      'Центральная комиссия по выборам и проведению референдумов Кыргызской Республики',
      'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын',
    ],
    ['ЦИК КР', 'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын'],
    ['Биринчи Май районунун аймактык шайлоо комиссиясы', 'Биринчи Май районунун аймактык шайлоо комиссиясынын'],
    ['Ош шаардык кеңеши', 'Ош шаардык кеңешинин'],
    ['Избирательная комиссия Калужской области', null],
  ])('%s → %s', (body, genitive) => expect(bodyGenitiveKy(body)).toBe(genitive));

  it('acts in the possessive', () => {
    expect(actPossessiveKy('постановление')).toBe('токтому');
    expect(actPossessiveKy('решение')).toBe('чечими');
    expect(actPossessiveGenitiveKy('постановление')).toBe('токтомунун');
  });
});
