import { foldTurkic, UPPER } from './turkic-letters.js';

/**
 * What a cell of a Kazakh or Kyrgyz plan reads like, for the layouts that place cells by content.
 * Deadlines close with the word that says when (Kazakh «… кешіктірмей», «… дейін», «… ішінде»,
 * Kyrgyz «… кечиктирбестен», «… чейин»); names of bodies close with their head noun (Kazakh
 * «… сайлау комиссиясы», «… әкімдігі», Kyrgyz «… шайлоо комиссиясы», «Маалымат бөлүмү»).
 */
const DEADLINE_WORD = /кешиктирмей|кечиктирбестен/;
// «кемінде қырық күн бұрын», «бір ай ішінде»: the count may be a word (folded Kazakh and Kyrgyz numerals).
const COUNT = '(?:\\d|(?:^|\\s)(?:бир|еки|эки|уш|уч|торт|бес|беш|алты|жети|сегиз|тогыз|тогуз|он|жиырма|жыйырма|отыз|отуз|кырык|кырк|елу|элуу)\\s)';
const DEADLINE_END = new RegExp(`${COUNT}[^.]{0,80}(?:чейин|дейин|ишинде|ичинде|бурын|кейин|кийин|бастап|аралыгында)\\.?$`);
// «… 23 қыркүйекте басталады және 11 қазанда … аяқталады.»: a term told as when it starts and ends.
const STARTS_ENDS = /\d[^.]{0,120}(?:басталады|башталат)[^.]{0,120}(?:аякталады|аяктайт|аяктал[а-я]*)\.?$/;
// «Тұрақты», «Үнемі», «Жыл бойы», Kyrgyz «Туруктуу», «Дайыма», «Жыл бою» — all the time, through the year.
const STANDING = /^(?:туракты|унеми|жыл\s+бо(?:йы|йу|ю)|туруктуу|дайыма|ар\s+дайым|жыл\s+ичинде|жыл\s+ишинде)/;
// A part of the year: Kyrgyz «Биринчи квартал», «II чейрек», «Экинчи жарым жылдык», Kazakh «I тоқсан», «Бірінші тоқсан».
const PART_OF_YEAR =
  /^(?:(?:[ivx]{1,3}|[1-4])\s*-?\s*|(?:биринчи|экинчи|учунчу|тортунчу|биринши|екинши|ушинши|тортинши)\s+)(?:чейрек|квартал|токсан|жарым\s+жыл|жартыжыл)/;
// «2022 жылғы 1 қазан», «2024-жылдын 10-марты».
const YEAR_FIRST_DATE = /^\d{4}\s*-?\s*ж(?:ыл|\.)/;

export function isTurkicDeadline(text: string): boolean {
  const t = foldTurkic(text.trim());
  if (!t || t.length > 200) return false;
  return DEADLINE_WORD.test(t) || DEADLINE_END.test(t) || STARTS_ENDS.test(t) || STANDING.test(t) || YEAR_FIRST_DATE.test(t) || PART_OF_YEAR.test(t);
}

const HEAD =
  /(?:комиссиясы|комиссиялары|акимдиги|акимдиктери|акими|акимдер|акимдери|маслихаты|министрлиги|министрликтери|департаменти|баскармасы|болими|болимдери|болум|болуму|болумдору|органдары|хатшылыгы|катчылыгы|аппараты|кенеси|кенеши|кенештери|мушелери|мучолору|тобы|тобу|топтары|топтору|партиялары|уйымдары|уюму|уюмдары|мекемеси|мекемелери|орталыгы|борбору|кызметы|кызматы|администрациясы|окмоту|башчысы|башчылары)$/;
const CAPITAL = new RegExp(`^[${UPPER}]`);

/** «Аумақтық сайлау комиссиялары», «Облыс әкімдігі», «Маалымат бөлүмү»: a body named by its head noun. */
export function isTurkicBodyName(text: string): boolean {
  const t = text.trim().replace(/\s*\([^)]*\)\s*$/, '');
  if (!CAPITAL.test(t) || t.split(/\s+/).length > 25) return false;
  return HEAD.test(foldTurkic(t).replace(/[.;,]+$/, ''));
}

/** «14-б. 6) т.», «Сайлау туралы Конституциялық заңның 22-бабы», Kyrgyz «Мыйзамдын 10-беренеси». */
export function isTurkicLegalBasis(text: string): boolean {
  const t = foldTurkic(text);
  // Word starts only: Russian «указаны» holds «заны», «бабы» is a Russian word.
  return (
    t.length < 400 &&
    /\d+\s*-\s*(?:б|т|тар)\.|-баб|-берене|(?:^|[^а-я])(?:бап|баптар[ыи]?|тармак[ы]?|тармагы|берене|беренеси|зан(?:ы|нын|ынын)|мыйзам[а-я]*)(?:$|[^а-я])/.test(t)
  );
}
