import { describe, expect, it } from 'vitest';
import { approvalLines } from './approval-block.js';

const plan = (
  title: string,
  approval: { kind?: string | null; authority: string | null; date: string | null; number: string | null; appendix?: string | null } | null,
  description: string | null = null,
) => ({
  title,
  approval,
  description,
});

describe('approvalLines', () => {
  it('a plan approved by a commission’s resolution', () => {
    expect(
      approvalLines(
        plan('Сводный план основных мероприятий … на 2022 год', {
          authority: 'Избирательная комиссия Кемеровской области – Кузбасса',
          date: '2021-12-27',
          number: '3/20-7',
        }),
      ),
    ).toEqual(['УТВЕРЖДЕН', 'постановлением Избирательной комиссии Кемеровской области – Кузбасса', 'от 27 декабря 2021 г. № 3/20-7']);
  });

  it('the participle agrees with the document', () => {
    const a = { authority: 'Избирательная комиссия Калужской области', date: '2021-12-27', number: '16/2-7' };
    expect(approvalLines(plan('Программа «Повышение правовой культуры»', a))[0]).toBe('УТВЕРЖДЕНА');
    expect(approvalLines(plan('Мероприятия Общественного штаба', a))[0]).toBe('УТВЕРЖДЕНЫ');
    expect(approvalLines(plan('Положение о конкурсе', a))[0]).toBe('УТВЕРЖДЕНО');
  });

  it('an appendix to the resolution, when the resolution says so', () => {
    const description =
      '1. Утвердить Программу … (приложение № 1).\n2. Утвердить План основных мероприятий по реализации Программы в 2022 году (приложение № 2).';
    expect(
      approvalLines(
        plan(
          'План основных мероприятий по реализации Программы',
          { authority: 'Избирательная комиссия Калужской области', date: '2021-12-27', number: '16/2-7' },
          description,
        ),
      ),
    ).toEqual(['Приложение № 2', 'УТВЕРЖДЕНО', 'постановлением Избирательной комиссии Калужской области', 'от 27 декабря 2021 г. № 16/2-7']);
  });

  it('an appendix the importer read from the document («Приложение № 2 / УТВЕРЖДЕНО …»)', () => {
    expect(
      approvalLines(
        plan('План основных мероприятий по реализации Программы', {
          authority: 'Избирательная комиссия Калужской области',
          date: '2021-12-27',
          number: '16/2-7',
          appendix: '2',
        }),
      ),
    ).toEqual(['Приложение № 2', 'УТВЕРЖДЕНО', 'постановлением Избирательной комиссии Калужской области', 'от 27 декабря 2021 г. № 16/2-7']);
  });

  it('approved by a person: УТВЕРЖДАЮ and the date in quotes', () => {
    expect(
      approvalLines(
        plan('Стратегический план действий', { authority: 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', date: '2023-06-26', number: null }),
      ),
    ).toEqual(['УТВЕРЖДАЮ', 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', '«26» июня 2023 года']);
  });

  it('an authority already written as the act is kept', () => {
    expect(
      approvalLines(
        plan('План работы', { authority: 'решением Территориальной избирательной комиссии Бабынинского района', date: '2024-01-10', number: '45/2' }),
      ),
    ).toEqual(['УТВЕРЖДЕН', 'решением Территориальной избирательной комиссии Бабынинского района', 'от 10 января 2024 г. № 45/2']);
  });

  it('writes only what is known', () => {
    expect(approvalLines(plan('План', null))).toEqual([]);
    expect(approvalLines(plan('План', { authority: null, date: null, number: '5' }))).toEqual(['УТВЕРЖДЕН', '№ 5']);
  });
});

describe('the act and the body in their cases', () => {
  it('the act kind in the instrumental, the body in the genitive', () => {
    expect(
      approvalLines(
        plan('План работы', { kind: 'решение', authority: 'Территориальная избирательная комиссия Бабынинского района', date: '2024-01-10', number: '45/2' }),
      ),
    ).toEqual(['УТВЕРЖДЕН', 'решением Территориальной избирательной комиссии Бабынинского района', 'от 10 января 2024 г. № 45/2']);
    expect(
      approvalLines(
        plan('План мероприятий', { kind: 'постановление', authority: 'Общественная палата Кемеровской области – Кузбасса', date: '2021-03-01', number: '7' }),
      )[1],
    ).toBe('постановлением Общественной палаты Кемеровской области – Кузбасса');
    expect(approvalLines(plan('План работы', { kind: 'распоряжение', authority: 'ЦИК России', date: '2024-01-10', number: '1' }))[1]).toBe(
      'распоряжением ЦИК России',
    );
  });

  it('a body it cannot decline is written plainly, never in a wrong case', () => {
    expect(approvalLines(plan('План работы', { kind: 'решение', authority: 'Совет депутатов города Калуги', date: '2024-01-10', number: '3' }))).toEqual([
      'УТВЕРЖДЕН:',
      'Совет депутатов города Калуги,',
      'решение от 10 января 2024 г. № 3',
    ]);
  });

  it('after an approved amendment: «в редакции …»', () => {
    const lines = approvalLines({
      ...plan('План работы', { kind: 'постановление', authority: 'Избирательная комиссия Калужской области', date: '2021-12-27', number: '16/2-7' }),
      revision: { kind: 'постановление', date: '2022-06-15', number: '30/1-7' },
    });
    expect(lines).toEqual([
      'УТВЕРЖДЕН',
      'постановлением Избирательной комиссии Калужской области',
      'от 27 декабря 2021 г. № 16/2-7',
      '(в редакции постановления от 15 июня 2022 г. № 30/1-7)',
    ]);
  });

  describe('in Kyrgyz', () => {
    it('a resolution of the CEC of Kyrgyzstan: «… комиссиясынын 2025-жылдын 14-ноябрындагы № 139 токтому менен бекитилген»', () => {
      expect(
        approvalLines(
          plan('Стратегиялык план', {
            kind: 'постановление',
            authority: 'Центральная комиссия по выборам и проведению референдумов Кыргызской Республики',
            date: '2025-11-14',
            number: '139',
          }),
          'ky',
        ),
      ).toEqual([
        'Кыргыз Республикасынын Шайлоо жана референдум өткөрүү боюнча борбордук комиссиясынын',
        '2025-жылдын 14-ноябрындагы № 139',
        'токтому менен бекитилген',
      ]);
    });

    it('a decision of a territorial commission written in Kyrgyz, as an appendix, with a later revision', () => {
      const lines = approvalLines(
        {
          ...plan('Иш планы', {
            kind: 'решение',
            authority: 'Биринчи Май районунун аймактык шайлоо комиссиясы',
            date: '2026-01-15',
            number: '2',
            appendix: '1',
          }),
          revision: { kind: 'решение', date: '2026-03-01', number: '7' },
        },
        'ky',
      );
      expect(lines).toEqual([
        '1-тиркеме',
        'Биринчи Май районунун аймактык шайлоо комиссиясынын',
        '2026-жылдын 15-январындагы № 2',
        'чечими менен бекитилген',
        '(2026-жылдын 1-мартындагы № 7 чечиминин редакциясында)',
      ]);
    });

    it('a person approved it: БЕКИТЕМИН, the name as written, the date in Kyrgyz', () => {
      expect(
        approvalLines(plan('План', { authority: 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', date: '2023-06-26', number: null }), 'ky'),
      ).toEqual(['БЕКИТЕМИН', 'Председатель ЦИК Кыргызской Республики Шайлдабекова Н.К.', '2023-жылдын 26-июну']);
    });

    it('a Russian body without a Kyrgyz name stays as written, never declined wrongly', () => {
      expect(approvalLines(plan('План', { authority: 'Избирательная комиссия Калужской области', date: '2021-12-27', number: '16/2-7' }), 'ky')).toEqual([
        'Избирательная комиссия Калужской области',
        '2021-жылдын 27-декабрындагы № 16/2-7',
        'токтому менен бекитилген',
      ]);
    });
  });
});
