import { scanMarkup } from './markup-scan.js';
import { romanToInt } from '../records/numbering.js';
import { toRoman } from '../../../domain/deadline/ordinals.js';

/**
 * Word's automatic numbering (word/numbering.xml). The «№ п/п» column of a Word plan is often
 * an auto-numbered list: the numbers are not in the text at all, only in the list definition,
 * so they are computed here the way Word counts them. Bullets give no label.
 */
interface Level {
  start: number;
  format: string;
  text: string;
}

export interface DocxNumbering {
  /** The label Word shows for the next paragraph of list `numId` at level `ilvl` («1.2.»). */
  next(numId: string, ilvl: number): string | null;
}

const valOf = (attrs: string): string | null => /(?:^|\s)(?:[\w.-]+:)?val\s*=\s*"([^"]*)"/.exec(attrs)?.[1] ?? null;

export function readNumbering(xml: string | null): DocxNumbering | null {
  if (!xml) return null;
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: { abstractId: string; starts: Map<number, number> } | null = null;
  let overrideLevel = -1;

  scanMarkup(
    xml,
    (tag) => {
      const ilvl = /(?:^|\s)(?:[\w.-]+:)?ilvl\s*=\s*"(\d+)"/.exec(tag.attrs)?.[1];
      switch (tag.name) {
        case 'abstractNum': {
          if (tag.closing) abstract = null;
          else {
            const id = /abstractNumId\s*=\s*"([^"]*)"/.exec(tag.attrs)?.[1] ?? '';
            abstract = new Map();
            abstracts.set(id, abstract);
          }
          break;
        }
        case 'lvl':
          if (tag.closing) level = null;
          else if (abstract && ilvl !== undefined) {
            level = { start: 1, format: 'decimal', text: `%${+ilvl + 1}.` };
            abstract.set(+ilvl, level);
          }
          break;
        case 'start':
          if (level) level.start = parseInt(valOf(tag.attrs) ?? '1', 10) || 0;
          break;
        case 'numFmt':
          if (level) level.format = valOf(tag.attrs) ?? 'decimal';
          break;
        case 'lvlText':
          if (level) level.text = valOf(tag.attrs) ?? '';
          break;
        case 'num': {
          if (tag.closing) num = null;
          else {
            const id = /numId\s*=\s*"([^"]*)"/.exec(tag.attrs)?.[1] ?? '';
            num = { abstractId: '', starts: new Map() };
            nums.set(id, num);
          }
          break;
        }
        case 'abstractNumId':
          if (num) num.abstractId = valOf(tag.attrs) ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = tag.closing || ilvl === undefined ? -1 : +ilvl;
          break;
        case 'startOverride':
          if (num && overrideLevel >= 0) num.starts.set(overrideLevel, parseInt(valOf(tag.attrs) ?? '1', 10) || 0);
          break;
        default:
          break;
      }
    },
    () => {},
  );

  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const n = nums.get(numId);
      const levels = n ? abstracts.get(n.abstractId) : undefined;
      const def = levels?.get(ilvl);
      if (!n || !levels || !def || ilvl < 0 || ilvl > 8) return null;
      const startOf = (l: number): number => n.starts.get(l) ?? levels.get(l)?.start ?? 1;
      let counts = counters.get(numId);
      if (!counts) counters.set(numId, (counts = []));
      counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
      for (let l = ilvl + 1; l < counts.length; l++) counts[l] = undefined as unknown as number;
      if (def.format === 'bullet' || def.format === 'none') return null;
      return def.text.replace(/%([1-9])/g, (_, k: string) => {
        const l = +k - 1;
        const value = counts![l] ?? startOf(l);
        return format(value, levels.get(l)?.format ?? 'decimal');
      });
    },
  };
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

function format(value: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'upperLetter':
      return String.fromCharCode(64 + (((value - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((value - 1) % 26) + 1));
    case 'russianUpper':
      return RUSSIAN[(value - 1) % RUSSIAN.length]!.toUpperCase();
    case 'russianLower':
      return RUSSIAN[(value - 1) % RUSSIAN.length]!;
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

/** Roman as Word prints it, kept in figures when the numbering reader could not read it back. */
function roman(value: number): string {
  const out = toRoman(value);
  return romanToInt(out) === null ? String(value) : out;
}
