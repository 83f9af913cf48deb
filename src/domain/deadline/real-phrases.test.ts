import { describe, expect, it } from 'vitest';
import { interpretDeadline } from './deadline.resolve.js';
import type { DeadlineResult } from './deadline.types.js';
import { HOLDOUT_PHRASES } from './real-phrases.holdout.fixture.js';
import { HOLDOUT4_PHRASES } from './real-phrases.holdout4.fixture.js';
import { HOLDOUT5_PHRASES } from './real-phrases.holdout5.fixture.js';
import { HOLDOUT7_PHRASES } from './real-phrases.holdout7.fixture.js';
import { HOLDOUT8_PHRASES } from './real-phrases.holdout8.fixture.js';
import { HOLDOUT9_PHRASES } from './real-phrases.holdout9.fixture.js';
import { HOLDOUT10_PHRASES } from './real-phrases.holdout10.fixture.js';
import { HOLDOUT11_PHRASES } from './real-phrases.holdout11.fixture.js';
import { HOLDOUT12_PHRASES } from './real-phrases.holdout12.fixture.js';
import { HOLDOUT13_PHRASES } from './real-phrases.holdout13.fixture.js';
import { HOLDOUT14_PHRASES } from './real-phrases.holdout14.fixture.js';
import { HOLDOUT15_PHRASES } from './real-phrases.holdout15.fixture.js';
import { REAL_PHRASES } from './real-phrases.fixture.js';
import { SET5_PHRASES } from './real-phrases.set5.fixture.js';
import type { RealPhrase } from './real-phrases.types.js';

function readsAsDocument(p: RealPhrase, r: DeadlineResult): boolean {
  if (JSON.stringify(r.windows) !== JSON.stringify(p.expect.windows)) return false;
  if (p.expect.kind !== undefined && r.kind !== p.expect.kind) return false;
  if (p.expect.time !== undefined && r.time !== p.expect.time) return false;
  if (p.expect.pending !== undefined && JSON.stringify((r.pending ?? []).map((e) => e.event)) !== JSON.stringify(p.expect.pending)) return false;
  return true;
}

/** A date the document does not give is the one failure never allowed. */
function givesWrongDate(p: RealPhrase, r: DeadlineResult): boolean {
  return r.windows.length > 0 && JSON.stringify(r.windows) !== JSON.stringify(p.expect.windows);
}

describe('real phrases of published plans', () => {
  it('are distinct', () => {
    const all = [...REAL_PHRASES, ...HOLDOUT_PHRASES, ...HOLDOUT4_PHRASES, ...HOLDOUT5_PHRASES].map((p) => p.text.toLowerCase().replace(/ё/g, 'е'));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(REAL_PHRASES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
    const r = interpretDeadline(p.text, p.ctx);
    expect({ kind: r.kind, windows: r.windows, time: r.time, pending: r.pending?.map((e) => e.event) }).toMatchObject({
      ...(p.expect.kind !== undefined ? { kind: p.expect.kind } : {}),
      windows: p.expect.windows,
      ...(p.expect.time !== undefined ? { time: p.expect.time } : {}),
      ...(p.expect.pending !== undefined ? { pending: p.expect.pending } : {}),
    });
    if (p.expect.windows.length === 0) expect(r.windows).toEqual([]);
  });
});

/** Scores a held-out set: the share read as the documents say, and every phrase given a date the document does not give. */
function scoreHoldout(phrases: readonly RealPhrase[]): { right: number; wrong: string[] } {
  const wrong: string[] = [];
  let right = 0;
  for (const p of phrases) {
    const r = interpretDeadline(p.text, p.ctx);
    if (readsAsDocument(p, r)) right++;
    else if (givesWrongDate(p, r)) wrong.push(`${p.text} → ${JSON.stringify(r.windows)}`);
  }
  return { right, wrong };
}

describe('held-out real phrases', () => {
  it('never get a wrong date, and the share read as the documents say is reported', () => {
    const { right, wrong } = scoreHoldout(HOLDOUT_PHRASES);
    console.info(`holdout: ${right}/${HOLDOUT_PHRASES.length} read as the documents say`);
    expect(wrong).toEqual([]);
  });
});

/** A phrase whose expectation cannot be checked: no text or source, or a window that is not an ordered pair of ISO dates. */
function malformed(p: RealPhrase): boolean {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  return !p.text.trim() || !p.source.trim() || p.expect.windows.some((x) => !iso.test(x.start) || !iso.test(x.end) || x.start > x.end);
}

/** Sets still blind: their share is printed, never asserted, and nothing is tuned against them. */
describe.each([['holdout4', HOLDOUT4_PHRASES]] as const)('%s (blind)', (name, phrases) => {
  it('is well formed, and the share read as the documents say is printed', () => {
    expect(phrases.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(phrases);
    console.info(`${name}: ${right}/${phrases.length} read as the documents say, ${wrong.length} with a wrong date`);
  });
});

/**
 * Sets measured blind once, then opened and learned from by classes (28.11.2026), and the visible set5: each must read
 * with no wrong date. What each blind run found and what it taught:
 * - holdout5: 32/41, one wrong date; classes.
 * - set5: gathered after holdout4 (82 phrases, 60 read at once, one expectation itself wrong); classes.
 * - holdout7: 41/45, no wrong date; Kazakh months after a year in the genitive, a lone dative date, Armenian terms.
 * - holdout8 (Russian bodies): 27/28; a term told by its start in the past tense («начался 04 февраля и завершится …»).
 * - holdout9 (CIS): 18/30; Azerbaijani and Romanian terms, an Armenian range with its month printed once; the ctx of
 *   nine phrases given the year their page prints.
 * - holdout10 (Russian plans told in news): 26/31, two «wrong dates» that were expectations against the conventions (a
 *   month list as one window, a bound before the plan period given a start); a date told with its weekday.
 * - holdout11 (CIS news): 22/28; Uzbek in Latin script, «с.г.», an Armenian range with a verb of duration, a Kazakh year
 *   printed after the date and an end restated in brackets.
 * - holdout12 (Russian calendars retold in news): 27/27, no wrong date; a bound told in words restated after a dash by
 *   a dated bound («до наступления осени — не позднее 1 сентября») read as that bound, not as an undated event.
 * - holdout13 (KZ referendum plan, Romanian Government, school and CIS news): 26/31, one wrong date — the engine's: a
 *   midnight in brackets closing a range («12 ақпан – 14 наурыз (00:00)») was dropped as a note, so the range kept
 *   14 March; «начала голосования», «în perioada», «joriy yilning … kuni», a start told in the past tense.
 * - holdout14 (Russian pages around elections: libraries, TIK and district news): 19/22, one wrong date — the
 *   expectation's context: «22 декабря» of a plan approved before a March 2010 election had the calendar year 2010 as
 *   its period, now the campaign's; a date printed with «в (единый) день голосования» before or after it.
 * - holdout15 (header-only CIS and republic news): 18/23, one wrong date — the expectation's: «завершилась 30 января»
 *   expected as one day against the convention that an end told alone bounds the term like «до …»; nothing new taught.
 */
describe.each([
  ['holdout5', HOLDOUT5_PHRASES],
  ['set5', SET5_PHRASES],
  ['holdout7', HOLDOUT7_PHRASES],
  ['holdout8', HOLDOUT8_PHRASES],
  ['holdout9', HOLDOUT9_PHRASES],
  ['holdout10', HOLDOUT10_PHRASES],
  ['holdout11', HOLDOUT11_PHRASES],
  ['holdout12', HOLDOUT12_PHRASES],
  ['holdout13', HOLDOUT13_PHRASES],
  ['holdout14', HOLDOUT14_PHRASES],
  ['holdout15', HOLDOUT15_PHRASES],
] as const)('%s (opened)', (name, phrases) => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(phrases.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(phrases);
    console.info(`${name}: ${right}/${phrases.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});
