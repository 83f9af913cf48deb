/**
 * Whole-phrase classes recognised by wording alone: the whole period, on-demand
 * work, schedules kept elsewhere and the election period. Patterns run on folded
 * text (lower case, «ё» → «е», qualifiers removed).
 */

const WHOLE_PERIOD: readonly RegExp[] = [
  /^(?:в течение |на протяжении )?(?:всего |весь |всей )?(?:отчетного |текущего |календарного |планового |указанного |планируемого )?(?:период[а-я]*|год[а-я]*)(?: (?:реализации|действия|исполнения) (?:программы|плана)[а-я ]*)?$/,
  /^(?:постоянно|на постоянной основе|в постоянном режиме|круглогодично|регулярно|систематически|в течение всего срока(?: .*)?|в течение срока (?:действия|реализации) .*)$/,
];

const DAILY = /^(?:ежедневно|каждый день)$/;

const ON_DEMAND =
  /^(?:по мере (?:необходимости|поступлени[а-я]*|возникновени[а-я]*|обращени[а-я]*|готовности|потребности)|по необходимости|при необходимости|в случае необходимости|по запрос[а-я]*|по требовани[а-я]*|по поручени[а-я]*|при поступлении|по обращени[а-я]*|по факту)(?:\s|$)/;

const EXTERNAL =
  /^(?:(?:в соответствии с|согласно|по) (?:утвержденн[а-я]* |установленн[а-я]* |отдельн[а-я]* |календарн[а-я]* )?(?:план[а-я]*|график[а-я]*|регламент[а-я]*|срок[а-я]*|календар[а-я]*|программ[а-я]*)|в установленн[а-я]*(?: [а-я]+){0,3} срок[а-я]*|в соответствии с (?:действующим )?законодательств[а-я]*$|в срок[а-я]*,? (?:установленн|определенн|предусмотренн|утвержденн|указанн)[а-я]*|в сроки$|по согласовани[а-я]*)/;

const EXTERNAL_SOURCE = /^в срок[а-я]*,? (?:установленн|определенн|предусмотренн|утвержденн|указанн)[а-я]* /;

const ELECTION_PERIOD: readonly RegExp[] = [
  /^(?:в |во )?(?:период|ходе|течение|время) (?:(?:подготовки и |организации и )?проведения |подготовки )?(?:выбор|избирательн[а-я]* кампани|кампани|референдум)/,
];

export function isWholePeriod(text: string): boolean {
  return WHOLE_PERIOD.some((re) => re.test(text));
}

export function isDaily(text: string): boolean {
  return DAILY.test(text);
}

export function isOnDemand(text: string): boolean {
  return ON_DEMAND.test(text);
}

export function isExternalSchedule(text: string): boolean {
  return EXTERNAL.test(text);
}

/** Where «В сроки, установленные Федеральным законом …» points: the part after the verb. */
export function externalSourceOffset(text: string): number | null {
  const m = EXTERNAL_SOURCE.exec(text);
  return m === null ? null : m[0].length;
}

export function isElectionPeriod(text: string): boolean {
  return ELECTION_PERIOD.some((re) => re.test(text));
}
