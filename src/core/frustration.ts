/**
 * Anger at the assistant ("blöder Bot", "du verstehst gar nichts", "this bot is useless"). Word by word such a
 * message looks like a topic: "bot" sits in the privacy examples, so "scheiß bot" got the privacy answer at 0.99.
 * A citizen who is angry needs an apology and the way to a person, not a topic. Only a message made of nothing
 * else counts: "blöder Bot, ich brauche einen Perso" is a request and goes to the classifier as usual.
 * Words that are also topics are left out on purpose: "Schrott", "Müll", "garbage" and "rubbish" ask for waste
 * collection when written alone.
 */
import { fold } from './fold.js';

const ANGRY = new Set([
  'dumm', 'dumme', 'dummer', 'dummes', 'dummen', 'dummkopf', 'bloed', 'bloede', 'bloeder', 'bloedes', 'bloeden', 'doof', 'doofe',
  'doofer', 'doofes', 'bescheuert', 'bescheuerte', 'bescheuerter', 'bescheuertes', 'nutzlos', 'nutzlose', 'nutzloser', 'nutzloses',
  'unnuetz', 'unnuetzer', 'unbrauchbar', 'unbrauchbarer', 'sinnlos', 'scheiss', 'scheisse', 'scheissding', 'scheissbot', 'mistding',
  'mistbot', 'idiot', 'idiotisch', 'unfaehig', 'nervig', 'nervst', 'zeitverschwendung', 'witzlos', 'mies', 'miserabel',
  'useless', 'stupid', 'dumb', 'idiotic', 'crap', 'crappy', 'shit', 'shitty', 'terrible', 'awful', 'pointless', 'hopeless',
  'annoying', 'sucks', 'suck', 'worthless', 'lame', 'moron', 'waste',
]);

/** Words that may stand around the anger: whom it is about, intensifiers, interjections. */
const AROUND = new Set([
  'du', 'dich', 'dir', 'bist', 'sie', 'sind', 'ist', 'ja', 'so', 'total', 'voll', 'echt', 'wirklich', 'einfach', 'richtig', 'absolut',
  'komplett', 'mal', 'wieder', 'der', 'die', 'das', 'dieser', 'diese', 'dieses', 'ein', 'eine', 'einer', 'eines', 'was', 'fuer',
  'bot', 'chatbot', 'assistent', 'ki', 'roboter', 'programm', 'ding', 'teil', 'computer', 'maschine', 'system', 'hier', 'von',
  'ey', 'alter', 'boah', 'mann', 'man', 'oh', 'omg', 'wtf', 'mensch', 'nee', 'nein', 'ne', 'und', 'aber',
  'you', 'are', 'youre', 're', 'this', 'that', 'is', 'it', 'its', 'what', 'a', 'an', 'the', 'really', 'totally', 'such',
  'assistant', 'robot', 'program', 'thing', 'ai', 'piece', 'of', 'complete', 'completely', 'absolute', 'absolutely',
  'time', 'my', 'just', 'very', 'too', 'damn', 'god', 'and', 'but', 'no',
]);

/** Whole phrases of anger, folded; each stands for one angry word. */
const PHRASES: readonly RegExp[] = [
  /\b(du )?verstehst (ja |mal wieder |einfach |wirklich |echt )?(gar |ueberhaupt |rein gar )?(nichts|nix|mich nicht|gar nichts)\b/g,
  /\bmit dir kann man (ja |echt )?(nicht|nichts) (reden|anfangen)\b/g,
  /\b(du hast|hast du) (ja |echt )?(keine|null) ahnung\b/g,
  /\bdu kannst (ja |echt |wirklich )?(gar |ueberhaupt )?nichts\b/g,
  /\bdu bist (ja |echt |wirklich )?(keine|null) hilfe\b/g,
  /\byou (dont|do not|don t) understand( anything| me| a thing)?\b/g,
  /\byou understand nothing\b/g,
  /\b(you are|youre|you re) (no|not any) help\b/g,
  /\bwaste of (my )?time\b/g,
];

/** True when the whole message is anger at the assistant (see the file comment). */
export function isFrustration(text: string): boolean {
  let folded = fold(text);
  let angry = false;
  for (const phrase of PHRASES) {
    folded = folded.replace(phrase, () => {
      angry = true;
      return ' ';
    });
  }
  const words = folded.split(' ').filter((w) => w !== '');
  for (const word of words) {
    if (ANGRY.has(word)) angry = true;
    else if (!AROUND.has(word)) return false;
  }
  return angry;
}
