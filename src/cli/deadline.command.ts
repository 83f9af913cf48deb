/**
 * `planik deadline "<phrase>" [--year 2022 | --period 2022-01-01..2022-12-31] [--election 2024-09-08] [--json]`
 * — checks how the deadline engine reads a phrase. The work is done by the pure
 * `runDeadlineCommand`, so tests need neither a process nor commander.
 */
import type { Command } from 'commander';
import { explainDeadline, interpretDeadline, type DeadlineContext, type DeadlineKind, type DeadlineResult } from '../domain/deadline/index.js';

export interface DeadlineCommandOptions {
  year?: string;
  period?: string;
  election?: string;
  /** Date the election was called; needed for «в период подготовки и проведения выборов». */
  called?: string;
  /** Consecutive voting days ending on `election` (1–3, ст. 63.1 67-ФЗ). */
  votingDays?: string;
  /** Dated plan events: `official_publication=2024-06-12`, repeatable. */
  event?: string[];
  json?: boolean;
}

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const KIND_NAMES: Record<DeadlineKind, string> = {
  date: 'дата или граница срока',
  range: 'период',
  multi: 'несколько периодов',
  whole_period: 'весь период плана',
  recurring: 'повторяющийся срок',
  election_relative: 'от дня голосования / назначения выборов',
  event_relative: 'от события',
  on_demand: 'по мере необходимости',
  external_schedule: 'по внешнему графику',
  unknown: 'не распознан',
};

const NEED_NAMES: Record<string, string> = {
  period: 'период плана (--year или --period)',
  voting_day: 'день голосования (--election)',
  call_date: 'дата назначения выборов (--called)',
  event_date: 'дата события, от которого считается срок (--event ключ=ГГГГ-ММ-ДД)',
  production_calendar: 'производственный календарь на этот год',
};

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function buildContext(opts: DeadlineCommandOptions): DeadlineContext | string {
  const ctx: DeadlineContext = {};
  if (opts.year !== undefined && opts.period !== undefined) return 'Укажите либо --year, либо --period, но не оба сразу';
  if (opts.year !== undefined) {
    if (!/^\d{4}$/.test(opts.year)) return `--year: ожидается год из четырех цифр, получено «${opts.year}»`;
    ctx.period = { start: `${opts.year}-01-01`, end: `${opts.year}-12-31` };
  }
  if (opts.period !== undefined) {
    const [start, end, ...rest] = opts.period.split('..');
    if (start === undefined || end === undefined || rest.length > 0 || !isIsoDate(start) || !isIsoDate(end)) {
      return `--period: ожидается ГГГГ-ММ-ДД..ГГГГ-ММ-ДД, получено «${opts.period}»`;
    }
    if (start > end) return '--period: начало периода позже его окончания';
    ctx.period = { start, end };
  }
  if (opts.called !== undefined && opts.election === undefined) return '--called имеет смысл только вместе с --election';
  if (opts.votingDays !== undefined && opts.election === undefined) return '--voting-days имеет смысл только вместе с --election';
  if (opts.votingDays !== undefined && !/^[123]$/.test(opts.votingDays))
    return `--voting-days: ожидается 1, 2 или 3 дня голосования, получено «${opts.votingDays}»`;
  if (opts.election !== undefined) {
    if (!isIsoDate(opts.election)) return `--election: ожидается день голосования ГГГГ-ММ-ДД, получено «${opts.election}»`;
    if (opts.called !== undefined && !isIsoDate(opts.called)) {
      return `--called: ожидается дата ГГГГ-ММ-ДД, получено «${opts.called}»`;
    }
    ctx.elections = [
      { votingDay: opts.election, calledOn: opts.called ?? null, ...(opts.votingDays !== undefined ? { votingDays: Number(opts.votingDays) } : {}) },
    ];
  }
  for (const spec of opts.event ?? []) {
    const at = spec.lastIndexOf('=');
    const key = at > 0 ? spec.slice(0, at).trim() : '';
    const date = at > 0 ? spec.slice(at + 1).trim() : '';
    if (key === '' || !isIsoDate(date)) return `--event: ожидается ключ=ГГГГ-ММ-ДД, получено «${spec}»`;
    (ctx.events ??= []).push({ key, date });
  }
  return ctx;
}

/** The JSON contract of the command: exactly these six keys. */
export function toCommandJson(result: DeadlineResult): string {
  const { text, kind, windows, recurrence, flags, legal_basis } = result;
  return JSON.stringify({ text, kind, windows, recurrence, flags, legal_basis });
}

function toReadable(result: DeadlineResult): string {
  const lines = [explainDeadline(result), `Вид срока: ${KIND_NAMES[result.kind]} (${result.kind})`];
  if (result.windows.length > 0) {
    lines.push(result.windows.length === 1 ? 'Окно:' : `Окна (${result.windows.length}):`);
    for (const w of result.windows) lines.push(w.start === w.end ? `  ${ruDate(w.start)}` : `  ${ruDate(w.start)} – ${ruDate(w.end)}`);
  }
  if (result.needs !== undefined && result.needs.length > 0) {
    lines.push(`Не хватает: ${result.needs.map((n) => NEED_NAMES[n] ?? n).join(', ')}`);
  }
  if (result.pending !== undefined && result.pending.length > 0) {
    lines.push(`Ожидает даты: ${result.pending.map((p) => `${p.label} (--event ${p.event}=ГГГГ-ММ-ДД)`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

export function runDeadlineCommand(phrase: string, opts: DeadlineCommandOptions = {}): CommandOutput {
  const ctx = buildContext(opts);
  if (typeof ctx === 'string') return { stdout: '', stderr: `Ошибка: ${ctx}\n`, exitCode: 2 };
  const result = interpretDeadline(phrase, ctx);
  return { stdout: opts.json === true ? `${toCommandJson(result)}\n` : toReadable(result), stderr: '', exitCode: 0 };
}

export function registerDeadlineCommand(program: Command): void {
  program
    .command('deadline')
    .description('Разобрать формулировку срока и показать даты')
    .argument('<phrase>', 'формулировка срока, например «Июль, декабрь»')
    .option('--year <year>', 'год плана (период 01.01–31.12)')
    .option('--period <start..end>', 'период плана: 2022-01-01..2022-12-31')
    .option('--election <date>', 'день голосования: 2024-09-08')
    .option('--called <date>', 'дата назначения выборов (вместе с --election)')
    .option('--voting-days <n>', 'голосование несколько дней подряд, 1–3; --election — последний из них')
    .option('--event <key=date>', 'дата события плана, например official_publication=2024-06-12 (можно повторять)', (v: string, prev: string[] = []) => [
      ...prev,
      v,
    ])
    .option('--json', 'вывести один JSON-объект')
    .action((phrase: string, opts: DeadlineCommandOptions) => {
      const out = runDeadlineCommand(phrase, opts);
      if (out.stdout !== '') process.stdout.write(out.stdout);
      if (out.stderr !== '') process.stderr.write(out.stderr);
      process.exitCode = out.exitCode;
    });
}
