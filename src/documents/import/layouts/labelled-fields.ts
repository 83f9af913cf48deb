/**
 * Plans written as the points of a decision name their columns in the text: «Срок: февраль 2026 года.»,
 * «Ответственный: Петров П.П.» on lines of their own, or in brackets after the measure («(срок – еженедельно;
 * отв. – председатель ТИК)»). The label says which column the words belong to; the words without the label are
 * the cell, as a table would print them under its heading.
 */
export type LabelledColumn = 'deadline' | 'executors';

export interface LabelledPart {
  column: LabelledColumn;
  text: string;
}

// Russian, Kyrgyz («Аткаруу мөөнөтү», «Жооптуу аткаруучулар») and Kazakh («Орындау мерзімі», «Жауаптылар») labels.
const TERM =
  'срок(?:и|а)?(?:\\s+(?:исполнения|проведения|выполнения|реализации|представления|исп\\.))?|дата(?:\\s+проведения)?|период(?:\\s+проведения)?|время\\s+проведения|(?:аткаруу\\s+)?мөөнөтү|(?:орындау\\s+)?мерзімі';
const WHO =
  'ответственн(?:ый|ые|ая|ое)(?:\\s+за\\s+(?:исполнение|выполнение|проведение|подготовку))?(?:\\s+исполнител(?:ь|и))?|исполнител(?:ь|и)|соисполнител(?:ь|и)|отв\\.|ответств\\.|жооптуу(?:лар)?(?:\\s+аткаруучу(?:лар)?)?|аткаруучу(?:лар)?|жауаптылар|жауапты(?:\\s+орындаушылар)?|орындаушылар';
const LABEL = new RegExp(`(?<![а-яёa-z])(${TERM}|${WHO})\\s*(?::|[–—-](?=\\s))\\s*`, 'giu');
const IS_TERM = new RegExp(`^(?:${TERM})$`, 'iu');

/**
 * A label opens the text, a bracket or a sentence, or is capitalised after a space («… школ Исполнители: ТИК»), and a
 * colon or a dash follows it: «срок» inside a sentence («в срок до 1 марта») has neither.
 */
const opensPart = (text: string, m: RegExpMatchArray): boolean => m.index === 0 || /[(.;]\s*$/.test(text.slice(0, m.index)) || /^[А-ЯЁ]/.test(m[1]!);

// The stop that closes «Срок: февраль 2026 года.» is the sentence's, not the cell's; the dot of «Петров П.П.» or «2026 г.» stays.
const tidy = (text: string): string =>
  text
    .replace(/^[\s(]+/, '')
    .replace(/[\s;,]+$/, '')
    .replace(/(?<=[А-ЯЁа-яёA-Za-z]{3})\.$/, '')
    .trim();

/** Closing bracket of the bracket a label opened: «(срок – май)» leaves «май», a bracket of the text stays. */
function dropOpenedBracket(text: string, opened: boolean): string {
  if (!opened) return text;
  const t = text.replace(/[\s.;]+$/, '');
  return t.endsWith(')') && (t.match(/\(/g)?.length ?? 0) < (t.match(/\)/g)?.length ?? 0) ? t.slice(0, -1) : t;
}

/**
 * The text split at its labels: what comes before the first one (the measure, or nothing when the text opens with a
 * label) and each labelled part. Null when the text has no label.
 */
export function splitLabelled(text: string): { before: string; parts: LabelledPart[] } | null {
  const found = [...text.matchAll(LABEL)].filter((m) => opensPart(text, m));
  if (found.length === 0) return null;
  const parts: LabelledPart[] = [];
  const first = found[0]!;
  const openedBracket = /\(\s*$/.test(text.slice(0, first.index));
  for (const [k, m] of found.entries()) {
    const end = k + 1 < found.length ? found[k + 1]!.index : text.length;
    const raw = text.slice(m.index + m[0].length, end);
    const value = tidy(dropOpenedBracket(raw, openedBracket && k + 1 === found.length));
    if (!value) continue;
    parts.push({ column: IS_TERM.test(m[1]!.replace(/\s+/g, ' ')) ? 'deadline' : 'executors', text: value });
  }
  if (parts.length === 0) return null;
  const before = text
    .slice(0, first.index)
    .replace(/\(\s*$/, '')
    .trim();
  return { before, parts };
}
