import { describe, expect, it } from 'vitest';
import { runDeadlineCommand } from './deadline.command.js';

describe('planik deadline', () => {
  it('--json prints exactly one object with the contract keys', () => {
    const out = runDeadlineCommand('Июль, декабрь', { year: '2022', json: true });
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(out.stdout)).toEqual({
      text: 'Июль, декабрь',
      kind: 'multi',
      windows: [
        { start: '2022-07-01', end: '2022-07-31' },
        { start: '2022-12-01', end: '2022-12-31' },
      ],
      recurrence: null,
      flags: [],
      legal_basis: null,
    });
  });

  it('--period and --election', () => {
    const out = runDeadlineCommand('не ранее чем за 90 дней и не позднее чем за 80 дней до дня голосования', {
      period: '2011-09-01..2012-03-31',
      election: '2012-03-04',
      json: true,
    });
    const json = JSON.parse(out.stdout) as { kind: string; windows: unknown };
    expect(json.kind).toBe('election_relative');
    expect(json.windows).toEqual([{ start: '2011-12-04', end: '2011-12-14' }]);
  });

  it('recurrence and flags come through', () => {
    const json = JSON.parse(runDeadlineCommand('ежеквартально (по отдельному плану)', { year: '2024', json: true }).stdout) as {
      recurrence: unknown;
      flags: string[];
      windows: unknown[];
    };
    expect(json.recurrence).toEqual({ every: 'quarter' });
    expect(json.flags).toEqual(['separate_plan']);
    expect(json.windows).toHaveLength(4);
  });

  it('an election-relative phrase without --election has no windows', () => {
    const json = JSON.parse(runDeadlineCommand('в день голосования', { json: true }).stdout) as { windows: unknown[] };
    expect(json.windows).toEqual([]);
  });

  it('prints a readable Russian explanation without --json', () => {
    const out = runDeadlineCommand('Июль, декабрь', { year: '2022' });
    expect(out.stdout).toBe(
      ['Июль и декабрь 2022 г.', 'Вид срока: несколько периодов (multi)', 'Окна (2):', '  01.07.2022 – 31.07.2022', '  01.12.2022 – 31.12.2022', ''].join('\n'),
    );
  });

  it('tells what is missing', () => {
    const out = runDeadlineCommand('не позднее чем за 45 дней до дня голосования', {});
    expect(out.stdout).toMatch(/Не хватает: день голосования \(--election\)/);
    expect(runDeadlineCommand('Июль', {}).stdout).toMatch(/Не хватает: период плана \(--year или --period\)/);
  });

  it('counts from --election with the legal rule', () => {
    expect(runDeadlineCommand('не позднее чем за 45 дней до дня голосования', { election: '2009-03-01' }).stdout).toMatch(
      /^Не позднее 14\.01\.2009 \(за 45 дней до дня голосования 01\.03\.2009\)/,
    );
  });

  it('--voting-days counts «первого дня голосования» from the first of them', () => {
    expect(runDeadlineCommand('не позднее чем за 10 дней до первого дня голосования', { election: '2025-09-14', votingDays: '3' }).stdout).toMatch(
      /^Не позднее 01\.09\.2025 \(за 10 дней до первого дня голосования 12\.09\.2025\)/,
    );
    expect(runDeadlineCommand('в дни голосования', { election: '2025-09-14', votingDays: '4' }).stderr).toMatch(/--voting-days: ожидается 1, 2 или 3/);
  });

  it('--called adds the call date', () => {
    const json = JSON.parse(
      runDeadlineCommand('в период подготовки и проведения выборов', { election: '2024-09-08', called: '2024-06-10', json: true }).stdout,
    ) as { windows: unknown };
    expect(json.windows).toEqual([{ start: '2024-06-10', end: '2024-09-08' }]);
  });

  it.each([
    [{ year: '2022', period: '2022-01-01..2022-12-31' }, /либо --year, либо --period/],
    [{ year: '22' }, /--year/],
    [{ period: '2022-01-01' }, /--period/],
    [{ period: '2022-12-31..2022-01-01' }, /позже/],
    [{ period: '2022-02-30..2022-12-31' }, /--period/],
    [{ election: '08.09.2024' }, /--election/],
    [{ called: '2024-06-10' }, /--called/],
  ])('rejects bad options %j', (opts, message) => {
    const out = runDeadlineCommand('Июль', { ...opts, json: true });
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  });

  it('an unknown phrase is still one JSON object, not an error', () => {
    const out = runDeadlineCommand('абвгд', { json: true });
    expect(out.exitCode).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ kind: 'unknown', windows: [] });
  });
});

describe('planik deadline --event', () => {
  it('dates a phrase counted from a named plan event', () => {
    const out = runDeadlineCommand('в течение 10 дней со дня официального опубликования решения о назначении выборов', {
      json: true,
      event: ['official_publication=2024-06-12'],
    });
    expect(JSON.parse(out.stdout).windows).toEqual([{ start: '2024-06-12', end: '2024-06-21' }]);
  });

  it('lists the event it waits for and rejects a bad event', () => {
    expect(runDeadlineCommand('после образования избирательных участков').stdout).toContain('Ожидает даты: образование избирательных участков');
    const bad = runDeadlineCommand('в день голосования', { event: ['voting_day=2024-02-30'] });
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('--event');
  });
});
