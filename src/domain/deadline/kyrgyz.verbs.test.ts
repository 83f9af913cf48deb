import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';

const KG_2025 = { elections: [{ votingDay: '2025-11-30' }], period: { start: '2025-01-01', end: '2025-12-31' } };

describe('Kyrgyz dates closed by the verb of the term', () => {
  it.each([
    // azattyk.org/a/33545713 (the CEC's plan for 30.11.2025) and synthetic siblings.
    ['30-октябрга чейин уланат', [['2025-01-01', '2025-10-30']]],
    ['10-ноябрдан 29-ноябрга чейин уланат', [['2025-11-10', '2025-11-29']]],
    ['10-ноябрдан баштап 29-ноябрга чейин уланат', [['2025-11-10', '2025-11-29']]],
    ['2-ноябрда саат 18:00дө аяктайт', [['2025-01-01', '2025-11-02']]],
    ['2-ноябрда аяктайт', [['2025-01-01', '2025-11-02']]],
    ['10-ноябрда жыйынтыкталат', [['2025-01-01', '2025-11-10']]],
    ['2025-жылдын 25-ноябрында аякталат', [['2025-01-01', '2025-11-25']]],
    // azattyk.org/a/33664553: «Үгүт иштери 9-февралда башталып, 28-февралда аяктайт».
    ['9-февралда башталып, 28-февралда аяктайт', [['2025-02-09', '2025-02-28']]],
    ['10-ноябрда башталат', [['2025-11-10', '2025-12-31']]],
    // maralfm.kg/archives/625520: «Шайлоо 28-майда өтөт» (takes place on); «… белгиленген» (is set for).
    ['28-майда өтөт', [['2025-05-28', '2025-05-28']]],
    ['11-апрелде болот', [['2025-04-11', '2025-04-11']]],
    ['25-ноябрга белгиленген', [['2025-11-25', '2025-11-25']]],
    // The subject before the date and the predicate after «чейин» (azattyk.org, 24.kg, kadamjay.gov.kg).
    ['шайлоонун жыйынтыгы 14-декабрга чейин чыгышы керек', [['2025-01-01', '2025-12-14']]],
    ['Шайлоо 2025-жылдын 17-ноябрында болуп өтөт', [['2025-11-17', '2025-11-17']]],
    ['үгүт иштери 10-ноябрдан 29-ноябрга чейин уланат', [['2025-11-10', '2025-11-29']]],
  ])('%s', (text, windows) => {
    expect(interpretDeadline(text, KG_2025).windows).toEqual(windows.map(([start, end]) => ({ start, end })));
  });

  it.each([
    '2-ноябрга аяктайт',
    'аяктайт',
    '10-ноябрдан аяктайт',
    '28-майга өтөт',
    'саат 20:00дө токтойт',
    // Words that count from an event are no subject: the date is not read alone after them.
    'шайлоо дайындалгандан кийин 2025-жылдын 25-октябрына чейин',
  ])('no date from a verb the date does not go with: %s', (text) => {
    expect(interpretDeadline(text, KG_2025).windows).toEqual([]);
  });

  it.each([
    // utrk.kg/kg/news/s/64207: «13 –октябрга чейин», spaced as printed; synthetic siblings.
    ['13 –октябрга чейин', '2025-10-13'],
    ['13- октябрга чейин', '2025-10-13'],
    ['2025-жылдын 25 -октябрына чейин', '2025-10-25'],
  ])('a day hyphen typed with spaces: %s', (text, end) => {
    expect(interpretDeadline(text, KG_2025).windows).toEqual([{ start: '2025-01-01', end }]);
  });
});
