import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellLines, xmlSafe } from './xml-text.js';

const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** UTF-16 code units around the forbidden ranges: controls, surrogates (paired or not), noncharacters, Cyrillic. */
const nasty = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x20 }),
      fc.integer({ min: 0xd7f0, max: 0xe010 }),
      fc.integer({ min: 0xfff0, max: 0xffff }),
      fc.integer({ min: 0x400, max: 0x4ff }),
    ),
    { maxLength: 40 },
  )
  .map((codes) => String.fromCharCode(...codes));

describe('xmlSafe', () => {
  it('removes control characters, noncharacters and lone surrogates', () => {
    expect(xmlSafe('План\u0000 работы\u000B\u000C на\u001F 2024\uFFFE год\uD800')).toBe('План работы на 2024 год');
  });

  it('keeps tabs, line breaks, Cyrillic and surrogate pairs', () => {
    const text = 'Кузбасс\t«ИККО»\r\nТИК – 📅 №\u00a05';
    expect(xmlSafe(text)).toBe(text);
  });

  it('leaves nothing XML forbids in any string, and is idempotent', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = xmlSafe(s);
        return !INVALID.test(out) && xmlSafe(out) === out;
      }),
    );
  });

  it('turns null into an empty string', () => {
    expect(xmlSafe(null)).toBe('');
  });
});

describe('cellLines', () => {
  it('splits on any line break and drops blank edges', () => {
    expect(cellLines('\r\nИККО\rТИК\r\n\n')).toEqual(['ИККО', 'ТИК']);
    expect(cellLines('   ')).toEqual([]);
  });
});
