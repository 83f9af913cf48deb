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

describe('fourth held-out set (blind)', () => {
  it('is well formed, and the share read as the documents say is printed', () => {
    expect(HOLDOUT4_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT4_PHRASES);
    console.info(`holdout4: ${right}/${HOLDOUT4_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
  });
});

// Russian bodies' plans told in news, measured blind once (26/31, two «wrong dates» that were expectations against the
// conventions: a month list as one window, a bound before the plan period given a start), then opened on 28.11.2026:
// a date told with its weekday («в среду, 23 октября»).
describe('tenth held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT10_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT10_PHRASES);
    console.info(`holdout10: ${right}/${HOLDOUT10_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// CIS news phrases, measured blind once (22/28, no wrong date), then opened on 28.11.2026: Uzbek in Latin script, «с.г.»,
// an Armenian range with a verb of duration, a Kazakh year printed after the date and an end restated in brackets.
describe('eleventh held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT11_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT11_PHRASES);
    console.info(`holdout11: ${right}/${HOLDOUT11_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// Russian bodies' phrases, measured blind once (27/28, no wrong date), then opened on 28.11.2026: a term told by its
// start in the past tense («начался 04 февраля и завершится 4 марта»).
describe('eighth held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT8_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT8_PHRASES);
    console.info(`holdout8: ${right}/${HOLDOUT8_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// Measured blind once (18/30, no wrong date), then opened on 28.11.2026: Azerbaijani and Romanian terms rewritten into
// Russian, an Armenian range with its month printed once; the ctx of nine phrases given the year their page prints.
describe('ninth held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT9_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT9_PHRASES);
    console.info(`holdout9: ${right}/${HOLDOUT9_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// Measured blind once (41/45, no wrong date), then opened on 28.11.2026: Kazakh months after a year in the genitive,
// a lone dative date, Armenian terms.
describe('seventh held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT7_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT7_PHRASES);
    console.info(`holdout7: ${right}/${HOLDOUT7_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// Measured blind once (32/41, one wrong date), then opened on 28.11.2026 and learned from by classes.
describe('fifth held-out set (opened)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(HOLDOUT5_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(HOLDOUT5_PHRASES);
    console.info(`holdout5: ${right}/${HOLDOUT5_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});

// Gathered on 28.11.2026 (82 phrases, 60 read at once, one expectation itself wrong), then learned from by classes.
describe('set5: phrases gathered after the fourth held-out set (visible)', () => {
  it('is well formed, never gets a wrong date, and the share read as the documents say is printed', () => {
    expect(SET5_PHRASES.filter(malformed).map((p) => p.text)).toEqual([]);
    const { right, wrong } = scoreHoldout(SET5_PHRASES);
    console.info(`set5: ${right}/${SET5_PHRASES.length} read as the documents say, ${wrong.length} with a wrong date`);
    expect(wrong).toEqual([]);
  });
});
