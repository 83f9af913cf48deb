import { describe, expect, it } from 'vitest';
import { reportingPeriodLabel } from '../../domain/execution/reporting-periods.js';
import { kyPeriodLabel } from './execution-report-texts.js';

describe('reporting periods in Kyrgyz', () => {
  it.each([
    ['2022-01-01', '2022-12-31', '2022-жыл'],
    ['2022-01-01', '2022-06-30', '2022-жылдын I жарым жылдыгы'],
    ['2022-07-01', '2022-12-31', '2022-жылдын II жарым жылдыгы'],
    ['2022-04-01', '2022-06-30', '2022-жылдын II чейреги'],
    ['2022-03-01', '2022-03-31', '2022-жылдын март айы'],
    ['2022-03-01', '2022-05-31', '2022-жылдын март – май айлары'],
    ['2022-03-05', '2022-05-20', '05.03.2022 – 20.05.2022 мезгили'],
  ])('%s – %s → %s', (from, to, label) => expect(kyPeriodLabel(reportingPeriodLabel({ start: from, end: to }), from, to)).toBe(label));
});
