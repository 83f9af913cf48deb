/**
 * The approving body as a secretary writes it in a register: nominative, sentence case.
 * Approval formulas give it in the genitive («постановлением Избирательной комиссии Тверской
 * области», «к решению территориальной избирательной комиссии …», Kyrgyz «… борбордук
 * комиссиясынын … токтому»), letterheads in capitals («ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ТВЕРСКОЙ ОБЛАСТИ»).
 */

/** Head nouns of approving bodies: genitive → nominative, and the gender their adjectives take. */
const HEADS: [RegExp, string, 'f' | 'm' | 'n'][] = [
  [/^комиссии$/i, 'комиссия', 'f'],
  [/^палаты$/i, 'палата', 'f'],
  [/^думы$/i, 'дума', 'f'],
  [/^администрации$/i, 'администрация', 'f'],
  // Municipal executive bodies of Moscow and of some cities: «к распоряжению префектуры … округа г. Москвы».
  [/^префектуры$/i, 'префектура', 'f'],
  [/^управы$/i, 'управа', 'f'],
  [/^мэрии$/i, 'мэрия', 'f'],
  [/^комиссией$/i, 'комиссия', 'f'],
  [/^совета$/i, 'совет', 'm'],
  [/^штаба$/i, 'штаб', 'm'],
  [/^председателя$/i, 'председатель', 'm'],
  // Officials who sign «распоряжение» or «постановление» themselves: «к распоряжению Мэра г. Сургута».
  [/^мэра$/i, 'мэр', 'm'],
  [/^президента$/i, 'президент', 'm'],
  [/^губернатора$/i, 'губернатор', 'm'],
  [/^главы$/i, 'глава', 'f'],
  [/^собрания$/i, 'собрание', 'n'],
  [/^правительства$/i, 'правительство', 'n'],
  [/^министерства$/i, 'министерство', 'n'],
  [/^органа$/i, 'орган', 'm'],
];

function adjectiveToNominative(word: string, gender: 'f' | 'm' | 'n'): string | null {
  if (gender === 'f') {
    if (/ой$/i.test(word)) return word.replace(/ой$/i, (m) => (m === 'ОЙ' ? 'АЯ' : 'ая'));
    if (/ей$/i.test(word)) return word.replace(/ей$/i, 'яя');
    return null;
  }
  if (gender === 'n') {
    if (/ого$/i.test(word)) return word.replace(/ого$/i, 'ое');
    if (/его$/i.test(word)) return word.replace(/его$/i, 'ее');
    return null;
  }
  if (/[кгх]ого$/i.test(word)) return word.replace(/ого$/i, 'ий');
  if (/ого$/i.test(word)) return word.replace(/ого$/i, 'ый');
  if (/его$/i.test(word)) return word.replace(/его$/i, 'ий');
  return null;
}

const keepCase = (source: string, target: string): string =>
  source[0] && source[0] === source[0].toUpperCase() && /[а-яё]/i.test(source[0]) ? target.charAt(0).toUpperCase() + target.slice(1) : target;

/** «Территориальной избирательной комиссии города Калуги» → «Территориальная избирательная комиссия города Калуги». */
export function toNominative(phrase: string): string {
  const text = phrase.trim();
  const kyrgyz = kyrgyzNominative(text);
  if (kyrgyz) return capitalize(kyrgyz);
  const words = text.split(/\s+/);
  let head = -1;
  let headInfo: (typeof HEADS)[number] | undefined;
  for (let i = 0; i < Math.min(words.length, 5); i++) {
    headInfo = HEADS.find(([re]) => re.test(words[i]!));
    if (headInfo) {
      head = i;
      break;
    }
  }
  if (head < 0 || !headInfo) return text;
  const converted: string[] = [];
  for (let i = 0; i < head; i++) {
    const adj = adjectiveToNominative(words[i]!, headInfo[2]);
    if (!adj) return text;
    converted.push(adj);
  }
  const noun = keepCase(words[head]!, headInfo[1]);
  return capitalize([...converted, noun, ...words.slice(head + 1)].join(' '));
}

/** «… борбордук комиссиясынын» → «… борбордук комиссиясы»; «БШКнын» → «БШК». */
function kyrgyzNominative(text: string): string | null {
  if (!/[өүң]|республикасынын|комиссиясынын/i.test(text)) return null;
  const m = /^(.*?)(\S+?)(нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн)$/i.exec(text);
  if (!m) return null;
  return `${m[1]}${m[2]}`;
}

/**
 * Federal and national bodies are printed by their abbreviation («утв. Постановлением ЦИК России»);
 * the register wants the full name. Other abbreviations (ТИК, ИКМО) name local bodies that only
 * the document itself can expand, so they stay as written.
 */
const KNOWN_BODIES: [RegExp, string][] = [
  [/^ЦИК\s+(?:России|РФ|Российской\s+Федерации)$/, 'Центральная избирательная комиссия Российской Федерации'],
  [/^ЦИК\s+(?:КР|Кыргызской\s+Республики|Кыргызстана)$/, 'Центральная избирательная комиссия Кыргызской Республики'],
  [/^ЦИК\s+(?:РК|Республики\s+Казахстан|Казахстана)$/, 'Центральная избирательная комиссия Республики Казахстан'],
];

export function expandKnownBody(authority: string | null): string | null {
  if (!authority) return authority;
  const text = authority.replace(/\s+/g, ' ').trim();
  return KNOWN_BODIES.find(([re]) => re.test(text))?.[1] ?? authority;
}

const capitalize = (s: string): string => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

const SHORT_WORDS = new Set([
  'на',
  'в',
  'во',
  'и',
  'по',
  'о',
  'об',
  'с',
  'со',
  'к',
  'ко',
  'от',
  'до',
  'за',
  'при',
  'для',
  'год',
  'года',
  'годы',
  'план',
  'из',
  'не',
  'или',
  'а',
  'без',
  'над',
  'под',
  'мер',
  'дня',
  'день',
  'дни',
  'г.',
  'гг.',
  'их',
  'все',
  'же',
  'как',
]);
const ABBREVIATIONS = new Set(['икмо', 'омсу', 'иксрф', 'ринц', 'рцоит', 'умвд', 'хмао', 'янао', 'гибдд', 'мфц', 'бшк', 'ушк', 'жмк']);
const PLACE_NOUNS = /^(?:области|область|края|край|района|район|округа|округ|республики|республика|федерации|федерация)$/;
const NAME_AFTER = /^(?:города|город|г\.|поселка|посёлка|поселок|села|село|станицы|деревни|района|республики|республика)$/;

/**
 * «ТЕРРИТОРИАЛЬНАЯ ИЗБИРАТЕЛЬНАЯ КОМИССИЯ ГОРОДА ВЛАДИМИРА» → «Территориальная избирательная
 * комиссия города Владимира». Place names are recognised by their neighbours (the word before
 * «области», the word after «города»); short words that are not ordinary words stay capitals
 * (ТИК, УИК, ИКМО).
 */
export function capsToSentence(text: string): string {
  if (/[а-яё]/.test(text) || !/[А-ЯЁ]{3}/.test(text)) return text;
  const words = text.split(/(\s+)/);
  const lower = words.map((w) => w.toLowerCase());
  const real = lower.map((w, i) => (i % 2 === 0 ? w : null));
  const out = words.map((w, i) => {
    if (i % 2 === 1) return w;
    const l = lower[i]!;
    const bare = l.replace(/[«»"(),.;:]/g, '');
    const before = i >= 2 ? real[i - 2]! : null;
    if (before !== null && NAME_AFTER.test(before) && !SHORT_WORDS.has(bare) && !PLACE_NOUNS.test(bare)) return l.charAt(0).toUpperCase() + l.slice(1);
    if (((/^[а-яё]{1,3}$/.test(bare) && !SHORT_WORDS.has(bare) && !SHORT_WORDS.has(l)) || ABBREVIATIONS.has(bare)) && i !== 0) return w;
    if (ABBREVIATIONS.has(bare) || (/^[а-яё]{2,3}$/.test(bare) && !SHORT_WORDS.has(bare))) return w;
    const prev = i >= 2 ? real[i - 2]! : null;
    if (prev === 'марий' && bare === 'эл') return 'Эл';
    const next = i + 2 < words.length ? real[i + 2]! : null;
    const next2 = i + 4 < words.length ? real[i + 4]! : null;
    const capital =
      i === 0 ||
      /^(?:федерации|федерация|республики|республика)$/.test(bare) ||
      (next !== null && PLACE_NOUNS.test(next.replace(/[,.;]/g, '')) && /(?:ск|цк|ов|ин)[а-я]{2,3}$/.test(bare)) ||
      (next === 'автономного' && next2 !== null && /^округ/.test(next2)) ||
      (prev !== null && NAME_AFTER.test(prev) && !PLACE_NOUNS.test(bare) && !SHORT_WORDS.has(bare));
    return capital
      ? l.replace(/^([«"(]?)(.)/, (_m, q: string, c: string) => q + c.toUpperCase()).replace(/-(.)/g, (_m, c: string) => `-${c.toUpperCase()}`)
      : l;
  });
  return properNames(out.join(''));
}

/** Names of offices and bodies a secretary always writes with capitals. */
export function properNames(text: string): string {
  const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  return text
    .replace(/(^|\s)(президент[а-яё]*)(?=\s+(?:Российской|Кыргызской|Республики|РФ|КР))/g, (_m, s: string, w: string) => s + cap(w))
    .replace(/(^|\s)(губернатор[а-яё]*)(?=\s+[А-ЯЁ])/g, (_m, s: string, w: string) => s + cap(w))
    .replace(
      /(законодательн|государственн|федеральн|народн|областн|городск)([а-яё]*)\s+(собрани|дум|хурал|курултай|кенеш|совет)([а-яё]*)(?=\s+(?:[А-ЯЁ]|Российской|области|края|республики|города|\S+ского|\S+ской)|$)/gi,
      (_m, a: string, b: string, c: string, d: string) => `${cap(a)}${b} ${cap(c)}${d}`,
    )
    .replace(/(^|\s)(центральн[а-яё]*)(\s+избирательн)/g, (_m, s: string, w: string, rest: string) => s + cap(w) + rest);
}
