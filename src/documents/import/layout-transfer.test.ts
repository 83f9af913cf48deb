import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedBytes, SEEDS, type SeedName } from '../../../test/fixtures/seed-files.fixture.js';
import { docxJsonGrids, htmlGrids, seedGrid, transferLayouts, type TransferGrid } from '../../../test/fixtures/layout-transfer.fixture.js';
import { importPlan } from './import-plan.js';
import { scoreDraft, type FactResult } from './scoring/corpus-score.js';

/**
 * Layout transfer (issue #13): the cells of every trusted grid (the seeds' verified drafts, the
 * corpus tables described cell by cell) rendered in every layout real sites use, then imported.
 * A layout the importer reads on one kind of content must read it on the others. Each case must
 * read all its body facts, or be listed in KNOWN with the reason; a KNOWN case that starts
 * passing fails the test, so the list stays true.
 */

/** Every pairing of the layouts with the grids, keyed as the matrix prints them. */
const cases = (layouts: readonly string[], grids: readonly string[], reason: string): [string, string][] =>
  layouts.flatMap((layout) => grids.map((grid): [string, string] => [`${layout} × ${grid}`, reason]));

const LINE_LAYOUTS = [
  'cells-spaced',
  'cells-spaced/wrapped',
  'cells-tight',
  'cells-tight/other-headings',
  'cells-tight/wrapped',
  'bar-closed',
  'bar-closed/wrapped',
  'bar-opened',
  'bar-opened/wrapped',
  'garant/bar-closed',
];
const LINES_WITHOUT_HEADER = ['cells-spaced/no-header', 'cells-tight/no-header', 'bar-closed/no-header'];
const TIGHT = ['cells-tight', 'cells-tight/other-headings', 'cells-tight/wrapped'];

/** Cases not read yet, each with why (a case that starts to read must leave the list). */
const KNOWN: Record<string, string> = Object.fromEntries([
  ...cases(
    LINE_LAYOUTS,
    ['seed:kyrgyz'],
    'ten columns (goal, measure, tasks, action, executor, three year marks, financing, result) whose cells hold numbered and dashed lists over several lines: printed one cell per line, a list’s next line cannot be told from the next cell, and the term lives in the year-mark columns a flat header does not name as such',
  ),
  ...cases(
    ['html/no-header', 'docx/no-header', 'tabs/no-header', ...LINES_WITHOUT_HEADER],
    ['seed:kyrgyz'],
    'without its two-level header the ten columns are guessed from their words: goal, tasks, action, year marks and result all read as prose, so the measure and the term are not told from them',
  ),
  ...cases(
    ['cells-spaced/no-header', 'cells-tight/no-header'],
    ['bryansk-oblast-election-support-measures-2004', 'ekaterinburg-admin-election-measures-2016'],
    'a fragment of two or three rows printed one cell per line with its header left out: the headerless line reader guesses the columns from the cells’ words, and a term that opens with no term word («По требованию комиссии», «Сразу после назначения …») is taken for more of the title (closed by « |», the same cells read)',
  ),
  ...cases(
    ['cells-spaced/no-header', 'cells-tight/no-header'],
    [
      'cec-kg-local-keneshes-calendar-plan-2016-ru',
      'cec-ru-duma-calendar-plan-1999',
      'irkutsk-legal-education-complex-of-measures-2010',
      'kalmykia-ik-tik-formation-plan',
      'obninsk-election-support-plan-2010',
      'perm-chaikovsky-tik-legal-culture-plan-2015',
      'rostov-shakhty-tik-reserve-training-plan-2023',
      'kalmykia-ik-young-voter-day-programme-2021',
      'kirov-orichi-municipal-calendar-plan-2011',
      'moscow-zelenograd-prefecture-duma-election-support-plan-2011',
    ],
    'a fragment printed one cell per line with its header left out: the headerless line reader wants three or more rows numbered 1, 2, 3 … with one-line cells to guess the columns; this fragment has fewer rows, starts past 1 (8, 9 / I, 2), restarts at 1 under each heading, leaves its numbers empty or wraps its cells, so a row, a term or the executors are missed',
  ),
  ...cases(
    ['bar-closed/no-header'],
    // The Duma calendar and the Shakhty plan read since a page of typed bars needs five bar lines, as a mirror's
    // page of one row does (holdout9), not six.
    [
      'cec-kg-local-keneshes-calendar-plan-2016-ru',
      'irkutsk-legal-education-complex-of-measures-2010',
      'kalmykia-ik-tik-formation-plan',
      'obninsk-election-support-plan-2010',
      'perm-chaikovsky-tik-legal-culture-plan-2015',
      'kalmykia-ik-young-voter-day-programme-2021',
      'kirov-orichi-municipal-calendar-plan-2011',
      'moscow-zelenograd-prefecture-duma-election-support-plan-2011',
    ],
    'a fragment printed one cell per line with its header left out: the headerless line reader wants three or more rows numbered 1, 2, 3 … with one-line cells to guess the columns; this fragment has fewer rows, starts past 1 (8, 9 / I, 2), restarts at 1 under each heading, leaves its numbers empty or wraps its cells, so a row, a term or the executors are missed',
  ),
  ...cases(
    ['tabs/no-header'],
    ['cec-kg-local-keneshes-calendar-plan-2016-ru'],
    'the heading above the first row is unnumbered («Образование избирательных округов …») and has no tab: without a header row nothing tells it from the title of the document, so it is left in the preamble',
  ),
  ...cases(
    [...TIGHT, 'bar-opened', 'bar-opened/wrapped', 'html/no-header', 'docx/no-header', 'tabs/no-header'],
    ['perm-chaikovsky-tik-legal-culture-plan-2015'],
    'the rows’ number cells are empty: one cell per line the empty cell leaves no line (with «| » cells it is a lone «|», the line that also ends a row), and without a header nothing marks a row of unnumbered cells as a measure',
  ),
  ...cases(
    TIGHT,
    ['kalmykia-ik-tik-formation-plan', 'cec-ru-duma-calendar-plan-1999'],
    'a cell’s own lines (Word line breaks) printed one per line with no blank line between cells: a next line opening with a capital («Республики Калмыкия …», «Главы муниципальных образований …») reads as the next cell',
  ),
  ...cases(
    ['cells-tight/wrapped'],
    ['seed:training', 'seed:workPlan', 'bryansk-oblast-election-support-measures-2004', 'kalmykia-ik-young-voter-day-programme-2021'],
    'cells hard-wrapped at 50 characters with no blank line between cells: the wrap detector joins only lines that fill a common width, so a short last line of a title or a name that opens with a capital reads as the next cell',
  ),
  ...cases(
    ['cells-spaced/no-header', 'cells-tight/no-header'],
    ['seed:training', 'city-admin-president-election-measures-2011'],
    'without the header the columns are guessed from the rows’ shapes (a title, a term) and no executors column is made: a line after the term goes on with the term («28.12.2011 комитеты …»), or, a month closing a part («Июнь» above «2.3. …»), is read as a month heading',
  ),
  ...cases(
    ['tabs/no-header'],
    ['kalmykia-ik-young-voter-day-programme-2021'],
    'its headings are places in ordinary case with no number («Городовиковский район») on lines without tabs: without a header row nothing tells them from text around the table, so the rows, numbered from 1 under each place, lose their sections',
  ),
]);

interface Outcome {
  layout: string;
  grid: string;
  passed: number;
  total: number;
  failed: FactResult[];
  error: string | null;
}

const outcomes: Outcome[] = [];
const grids: TransferGrid[] = [];
const layouts = transferLayouts();

beforeAll(async () => {
  for (const name of Object.keys(SEEDS) as SeedName[]) grids.push(seedGrid(`seed:${name}`, await importPlan(seedBytes(name))));
  grids.push(...docxJsonGrids(), ...htmlGrids());
  for (const layout of layouts) {
    for (const grid of grids) {
      const rendered = layout.render(grid);
      let results: FactResult[];
      let error: string | null = null;
      try {
        const draft = await importPlan(await rendered.bytes, { fileName: rendered.fileName });
        results = scoreDraft(draft, grid.facts);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        results = scoreDraft(null, grid.facts);
      }
      const failed = results.filter((r) => !r.ok);
      outcomes.push({ layout: layout.name, grid: grid.id, passed: results.length - failed.length, total: results.length, failed, error });
    }
  }
}, 60_000);

afterAll(() => {
  if (!outcomes.length) return;
  const ids = grids.map((g) => g.id);
  const short = (id: string): string => id.replace(/^seed:/, '').slice(0, 10);
  const lines = [`${'layout'.padEnd(28)} ${ids.map((id) => short(id).padStart(10)).join(' ')}      total`];
  let passed = 0;
  let total = 0;
  for (const layout of layouts) {
    const row = outcomes.filter((o) => o.layout === layout.name);
    const p = row.reduce((s, o) => s + o.passed, 0);
    const t = row.reduce((s, o) => s + o.total, 0);
    passed += p;
    total += t;
    lines.push(`${layout.name.padEnd(28)} ${row.map((o) => `${o.passed}/${o.total}`.padStart(10)).join(' ')} ${`${p}/${t}`.padStart(10)}`);
  }
  const clean = outcomes.filter((o) => o.passed === o.total).length;
  lines.push(`ИТОГО: ${passed}/${total} фактов; случаев прочитано целиком ${clean}/${outcomes.length}; KNOWN ${Object.keys(KNOWN).length}`);
  console.log(lines.join('\n'));
});

describe('layout transfer: every trusted grid in every real layout', () => {
  it('reads every case that is not listed as KNOWN, and no KNOWN case reads', () => {
    const wrong: string[] = [];
    const nowPassing: string[] = [];
    for (const o of outcomes) {
      const key = `${o.layout} × ${o.grid}`;
      const ok = o.passed === o.total;
      if (!ok && !(key in KNOWN)) {
        const first = o.failed.slice(0, 3).map((f) => `${f.name}: ожидалось ${JSON.stringify(f.expected)}, получено ${JSON.stringify(f.got)}`.slice(0, 200));
        wrong.push(`${key} ${o.passed}/${o.total}${o.error ? ` ОШИБКА ${o.error}` : ''}\n    ${first.join('\n    ')}`);
      }
      if (ok && key in KNOWN) nowPassing.push(key);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(nowPassing, 'KNOWN cases that now read: remove them from the list').toEqual([]);
  });

  it('lists no KNOWN case that is not in the matrix', () => {
    const keys = new Set(outcomes.map((o) => `${o.layout} × ${o.grid}`));
    expect(Object.keys(KNOWN).filter((k) => !keys.has(k))).toEqual([]);
  });
});
