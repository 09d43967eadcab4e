/**
 * Benefits that as a rule exclude Wohngeld, named in the income answer: Bürgergeld, Sozialhilfe and
 * Grundsicherung already pay the housing costs (§ 7 WoGG); students who get BAföG, or could get it, are
 * excluded too (§ 20 Abs. 2 WoGG). An amount shown to them ("563 Bürgergeld" gave 388 €) raises a hope the
 * law does not back, so the estimate says why it shows none. The Wohngeldstelle decides the exceptions.
 */
import type { DialogText } from '../schema.js';

export type Exclusion = 'transfer' | 'bafoeg';

const TRANSFER =
  /(?<!\p{L})(?:bürgergeld\p{L}*|buergergeld\p{L}*|sozialhilfe|grundsicherung|asylbewerberleistung\p{L}*|arbeitslosengeld (?:ii|2)|alg (?:ii|2)|hartz(?: ?(?:iv|4))?|citizen'?s? (?:income|allowance|benefit)|social assistance|basic income support)(?!\p{L})/iu;
const BAFOEG = /(?<!\p{L})(?:baf(?:ö|oe|o)g|ausbildungsförderung|ausbildungsfoerderung|student (?:grant|finance))(?!\p{L})/iu;
// "ich bekomme kein Bürgergeld": a benefit named to say it is not received.
const DENIED = /(?<!\p{L})(?:kein|keine|keinen|nicht|no|not|never)\s+(?:\p{L}+\s+)?$/iu;

function named(text: string, pattern: RegExp): boolean {
  const m = pattern.exec(text);
  return m !== null && !DENIED.test(text.slice(Math.max(0, m.index - 24), m.index));
}

/** The benefit named in `text` that excludes Wohngeld as a rule, or null. */
export function exclusionIn(text: string): Exclusion | null {
  if (named(text, TRANSFER)) return 'transfer';
  return named(text, BAFOEG) ? 'bafoeg' : null;
}

export const EXCLUSION_TEXT: Record<Exclusion, DialogText> = {
  transfer: {
    de: 'Sie haben Bürgergeld, Sozialhilfe oder Grundsicherung genannt. Wer eine dieser Leistungen bekommt, bekommt in der Regel kein Wohngeld, denn die Wohnkosten sind darin schon enthalten (§ 7 WoGG). Deshalb rechne ich keinen Betrag aus. Ob Wohngeld statt dieser Leistung für Sie in Frage kommt, prüft die Wohngeldstelle.',
    en: 'You named Bürgergeld (citizen’s income), social assistance or basic income support. People who receive one of these usually get no Wohngeld, because the housing costs are already included (§ 7 WoGG). So I do not work out an amount. Whether Wohngeld instead of that benefit is possible for you, the Wohngeld office checks.',
    plain: 'Sie bekommen Bürgergeld, Sozialhilfe oder Grundsicherung? Dann bekommen Sie meistens kein Wohngeld. Das Geld für die Wohnung ist da schon dabei. Ich rechne deshalb nichts aus. Fragen Sie die Wohngeldstelle.',
    plain_en: 'You get Bürgergeld, social assistance or basic income support? Then you usually get no Wohngeld. The money for your home is already in it. So I do not work out an amount. Ask the Wohngeld office.',
  },
  bafoeg: {
    de: 'Sie haben BAföG genannt. Wer BAföG bekommt oder dem Grunde nach bekommen könnte, bekommt in der Regel kein Wohngeld (§ 20 WoGG). Deshalb rechne ich keinen Betrag aus. Ausnahmen prüft die Wohngeldstelle.',
    en: 'You named BAföG (student finance). People who get BAföG, or could get it in principle, usually get no Wohngeld (§ 20 WoGG). So I do not work out an amount. The Wohngeld office checks exceptions.',
    plain: 'Sie bekommen BAföG? Dann bekommen Sie meistens kein Wohngeld. Ich rechne deshalb nichts aus. Fragen Sie die Wohngeldstelle.',
    plain_en: 'You get BAföG? Then you usually get no Wohngeld. So I do not work out an amount. Ask the Wohngeld office.',
  },
};

/** For the Wohngeldstelle, in German whatever the citizen's language. */
export const EXCLUSION_FOR_OFFICE: Record<Exclusion, string> = {
  transfer: 'Im Chat Bürgergeld, Sozialhilfe oder Grundsicherung genannt (§ 7 WoGG prüfen); keine Schätzung gezeigt.',
  bafoeg: 'Im Chat BAföG genannt (§ 20 Abs. 2 WoGG prüfen); keine Schätzung gezeigt.',
};
