/** Building the dialog's replies: prompts with valid-answer suggestions, echoes, the summary. */
import type { ReplyDraft } from '../core/turn-handler.js';
import type { Link, Suggestion } from '../core/types.js';
import { isAnswered, visibleSteps } from './flow.js';
import { displayValue } from './slot-values.js';
import type { DialogDefinition, DialogText, StepDefinition } from './schema.js';
import type { RunState } from './state.js';
import { label, say, type Voice } from './text.js';

export const T = {
  yes: { de: 'Ja', en: 'Yes' },
  no: { de: 'Nein', en: 'No' },
  skip: { de: 'Überspringen', en: 'Skip' },
  understood: { de: 'Verstanden', en: 'Got it', plain: 'Verstanden' },
  corrected: { de: 'Korrigiert', en: 'Corrected', plain: 'Geändert' },
  hidden: { de: '[Angabe]', en: '[answer]' },
  cancelQuestion: {
    de: 'Möchten Sie wirklich abbrechen? Ihre Angaben werden dann gelöscht.',
    en: 'Do you really want to cancel? Your answers will then be deleted.',
    plain: 'Wollen Sie wirklich aufhören? Dann lösche ich Ihre Angaben.',
  },
  endQuestion: {
    de: 'Dann endet der Antrag hier, und Ihre Angaben dazu werden gelöscht ({answers}). Möchten Sie das?',
    en: 'Then the application ends here, and your answers to it will be deleted ({answers}). Is that what you want?',
    plain: 'Dann hören wir hier auf. Dann lösche ich Ihre Angaben: {answers}. Wollen Sie das?',
  },
  cancelled: {
    de: 'Ich habe abgebrochen. Es wurde nichts gespeichert oder gesendet.',
    en: 'Cancelled. Nothing was stored or sent.',
    plain: 'Ich habe aufgehört. Ich habe nichts gespeichert. Ich habe nichts gesendet.',
  },
  resumeQuestion: { de: 'Sollen wir mit „{title}“ weitermachen?', en: 'Shall we continue with "{title}"?', plain: 'Wollen wir mit „{title}“ weitermachen?' },
  paused: {
    de: 'Gut, wir machen eine Pause. Sagen Sie „weiter“, wenn Sie mit „{title}“ weitermachen möchten.',
    en: 'All right, we will pause. Say "continue" when you want to go on with "{title}".',
    plain: 'Gut. Wir machen Pause. Schreiben Sie „weiter“. Dann machen wir weiter.',
  },
  switchQuestion: {
    de: 'Möchten Sie „{title}“ abbrechen und mit „{next}“ beginnen? Ihre bisherigen Angaben werden dann gelöscht.',
    en: 'Would you like to stop "{title}" and start "{next}"? Your answers so far will then be deleted.',
    plain: 'Wollen Sie mit „{title}“ aufhören und mit „{next}“ anfangen? Dann lösche ich Ihre Angaben.',
  },
  switched: {
    de: '„{title}“ ist abgebrochen, Ihre Angaben dazu sind gelöscht.',
    en: '"{title}" is cancelled, your answers to it are deleted.',
    plain: '„{title}“ ist beendet. Ihre Angaben sind gelöscht.',
  },
  welcomeBack: { de: 'Wir machen mit „{title}“ weiter.', en: 'Let us continue with "{title}".', plain: 'Wir machen mit „{title}“ weiter.' },
  notUnderstood: {
    de: 'Das habe ich nicht verstanden.',
    en: 'I did not understand that.',
    plain: 'Das verstehe ich nicht.',
  },
  requiredStep: {
    de: 'Diese Angabe brauche ich leider.',
    en: 'I need this answer, sorry.',
    plain: 'Diese Angabe brauche ich.',
  },
  // Said before the dialog's `handoff` text (the office, phone, online portal): after three unusable answers ...
  stuck: { de: 'Wir kommen hier gerade nicht weiter.', en: 'We seem to be stuck here.', plain: 'Das klappt gerade nicht.' },
  // ... or when the citizen asks for a person, which is no failure.
  personAsked: {
    de: 'Ich bin ein Programm und kann Sie nicht selbst mit einem Menschen verbinden.',
    en: 'I am a program and cannot put you through to a person myself.',
    plain: 'Ich bin ein Computer-Programm. Ich kann Sie nicht mit einem Menschen verbinden.',
  },
  // Help at a step without its own explanation: what the citizen can do, then the dialog's `handoff` contacts.
  generalHelp: {
    de: 'Antworten Sie einfach in Ihren eigenen Worten auf die Frage. Sie können auch „zurück“, „abbrechen“ oder „später weitermachen“ schreiben.',
    en: 'Just answer the question in your own words. You can also write "back", "cancel" or "continue later".',
    plain: 'Antworten Sie mit Ihren Worten auf die Frage. Sie können auch „zurück“ oder „abbrechen“ schreiben.',
  },
  // A choice that matched no option: the options named, not "nicht verstanden" (a name typed at "Wie weiter", N13).
  chooseOne: {
    de: 'Bitte wählen Sie eine dieser Antworten: {options}.',
    en: 'Please choose one of these answers: {options}.',
    plain: 'Bitte wählen Sie: {options}.',
  },
  // A changed answer resets a choice made after it (a new rent, a new Wohngeld estimate): why it comes again.
  askedAgain: {
    de: 'Weil sich das geändert hat, frage ich „{step}“ noch einmal.',
    en: 'Because this has changed, I am asking "{step}" again.',
    plain: 'Das hat sich geändert. Darum frage ich noch einmal: {step}.',
  },
  stillAsking: { de: 'Dazu brauche ich noch Ihre Antwort.', en: 'I still need your answer to this.', plain: 'Bitte antworten Sie auf die Frage.' },
  oldButton: {
    de: 'Dieser Knopf gehört zu einer früheren Frage.',
    en: 'That button belongs to an earlier question.',
    plain: 'Dieser Knopf ist von einer alten Frage.',
  },
  languageSwitched: { de: 'Gern, ich schreibe auf Deutsch weiter.', en: 'Of course, I will continue in English.', plain: 'Gern. Ich schreibe jetzt auf Deutsch.' },
  editQuestion: {
    de: 'Was möchten Sie ändern? Wählen Sie eine Angabe oder schreiben Sie z. B. den neuen Wert mit dem Namen der Angabe.',
    en: 'What would you like to change? Choose an answer, or write the new value with the name of the answer.',
    plain: 'Was wollen Sie ändern? Wählen Sie eine Angabe.',
  },
  firstStep: { de: 'Das ist schon die erste Frage.', en: 'This is already the first question.', plain: 'Das ist schon die erste Frage.' },
  // "zurück" said so: the question before came back silently, and a citizen could think they were not understood (tester-l C2).
  wentBack: { de: 'Gut, eine Frage zurück.', en: 'All right, one question back.', plain: 'Gut. Wir gehen eine Frage zurück.' },
  // After every application's intro: the ways out, which only the Wohngeld intro named (tester-l C2).
  waysOut: {
    de: 'Sie können jederzeit „zurück“, „abbrechen“ oder „Hilfe“ sagen.',
    en: 'You can say "back", "cancel" or "help" at any time.',
    plain: 'Sie können immer „zurück“, „abbrechen“ oder „Hilfe“ schreiben.',
  },
  sentAlready: {
    de: 'Ihre Angaben sind schon gesendet (Vorgangsnummer {reference}). Im Chat kann ich sie nicht mehr ändern. Nennen Sie die Nummer, wenn Sie sich melden:',
    en: 'Your answers have already been sent (reference {reference}). I cannot change them in the chat any more. Quote the number when you get in touch:',
    plain: 'Ihre Angaben sind schon geschickt. Die Nummer ist {reference}. Ich kann sie hier nicht mehr ändern. Sagen Sie die Nummer, wenn Sie anrufen:',
  },
  alreadyDone: {
    de: 'Ihre Angaben sind schon eingegangen. Ihre Vorgangsnummer ist {reference}.',
    en: 'Your answers have already been received. Your reference number is {reference}.',
    plain: 'Ihre Angaben sind schon da. Ihre Nummer ist {reference}.',
  },
  received: {
    de: 'Vielen Dank! Ihre Angaben sind gespeichert. Ihre Vorgangsnummer ist {reference}. Bitte notieren Sie sie.',
    en: 'Thank you! Your answers have been stored. Your reference number is {reference}. Please note it down.',
    plain: 'Danke! Ich habe Ihre Angaben gespeichert. Ihre Nummer ist {reference}. Bitte schreiben Sie die Nummer auf.',
  },
  thanks: { de: 'Vielen Dank für Ihre Antworten!', en: 'Thank you for your answers!', plain: 'Danke für Ihre Antworten!' },
  bring: { de: 'Bitte bringen Sie mit:', en: 'Please bring:', plain: 'Bitte bringen Sie mit:' },
  printable: { de: 'Zusammenfassung zum Ausdrucken', en: 'Printable summary' },
  printableNote: {
    de: 'Den Link zur Zusammenfassung zeige ich nur dieses eine Mal: Speichern Sie die Seite jetzt als Datei, oder drucken Sie sie. Ein Lesezeichen der geöffneten Seite genügt nicht.',
    en: 'I show the link to the summary only this once: save the page as a file now, or print it. A bookmark of the open page is not enough.',
    plain: 'Den Link zeige ich nur jetzt. Speichern Sie die Seite als Datei. Oder drucken Sie die Seite.',
  },
  // On the phone there is no link and no other screen. Said after `received`, which already asks to note the
  // number (or, for an appointment, says which of its two numbers is for what): no second "please note".
  noPrintableOnVoice: {
    de: 'Am Telefon kann ich Ihnen keinen Link geben. Mit der Vorgangsnummer gibt die Stadt Ihnen Auskunft und ändert oder löscht Ihre Angaben.',
    en: 'On the phone I cannot give you a link. With the reference number, the city can tell you about your request and change or delete your answers.',
    plain: 'Am Telefon gibt es keinen Link. Mit der Nummer hilft Ihnen die Stadt.',
  },
  codeVoice: {
    de: 'Ihr Code zum Weitermachen: {code}. Er gilt {days} Tage. Sagen Sie später „Code“ und den Code, am Telefon oder im Chat.',
    en: 'Your code to continue: {code}. It is valid for {days} days. Later, say "code" and the code, on the phone or in the chat.',
    plain: 'Ihr Code ist: {code}. Der Code gilt {days} Tage. Sagen Sie später: Code und den Code.',
  },
  code: {
    de: 'Ihr Code zum Weitermachen: {code}. Er gilt {days} Tage. Schreiben Sie auf einem anderen Gerät „Code {code}“ in den Chat.',
    en: 'Your code to continue: {code}. It is valid for {days} days. On another device, write "Code {code}" in the chat.',
    plain: 'Ihr Code ist: {code}. Der Code gilt {days} Tage. Schreiben Sie auf einem anderen Gerät: Code {code}.',
  },
  codeLimited: {
    de: 'Zu viele falsche Codes. Bitte versuchen Sie es später noch einmal.',
    en: 'Too many wrong codes. Please try again later.',
    plain: 'Zu viele falsche Codes. Bitte versuchen Sie es später.',
  },
  moved: {
    de: '„{title}“ geht auf einem anderen Gerät weiter, mit dem Code. Hier ist die Anfrage beendet; von hier wurde nichts gesendet.',
    en: '"{title}" is continuing on another device, with the code. It has ended here; nothing was sent from here.',
    plain: '„{title}“ geht auf dem anderen Gerät weiter. Hier ist es beendet. Von hier wurde nichts geschickt.',
  },
  restarted: { de: 'Gut, wir fangen von vorne an. Ihre bisherigen Angaben sind gelöscht.', en: 'All right, let us start again. Your answers so far are deleted.', plain: 'Gut. Wir fangen neu an. Ihre Angaben sind gelöscht.' },
  onlyGermanEnglish: {
    de: 'Ich verstehe leider nur Deutsch und Englisch. Bitte antworten Sie auf Deutsch oder Englisch.',
    en: 'Sorry, I only understand German and English. Please answer in German or English.',
    plain: 'Ich verstehe nur Deutsch und Englisch. Bitte antworten Sie auf Deutsch.',
  },
  nothingRunning: {
    de: 'Gerade läuft kein Antrag, den ich abbrechen, fortsetzen oder zurücksetzen könnte. Wobei kann ich helfen?',
    en: 'There is no application in progress that I could stop, continue or go back in. How can I help?',
    plain: 'Gerade läuft kein Antrag. Was möchten Sie wissen?',
  },
  noDialog: {
    de: 'Gerade läuft kein Antrag, den ich für später speichern könnte.',
    en: 'There is no application in progress that I could save for later.',
    plain: 'Gerade gibt es keinen Antrag zum Speichern.',
  },
} satisfies Record<string, DialogText | { de: string; en: string }>;

export const yesNoSuggestions = (voice: Voice): Suggestion[] => [
  { title: label(T.yes, voice), value: voice.locale === 'en' ? 'yes' : 'ja' },
  { title: label(T.no, voice), value: voice.locale === 'en' ? 'no' : 'nein' },
];

export function stepSuggestions(step: StepDefinition, voice: Voice): Suggestion[] {
  const out: Suggestion[] = [];
  if (step.type === 'yes_no') out.push(...yesNoSuggestions(voice));
  if (step.type === 'enum') for (const o of step.options ?? []) out.push({ title: label(o.label, voice), value: o.value });
  if (step.optional) out.push({ title: label(T.skip, voice), value: voice.locale === 'en' ? 'skip' : 'überspringen' });
  return out;
}

export function prompt(step: StepDefinition, voice: Voice, prefix: string[] = [], offered: Suggestion[] = []): ReplyDraft {
  const suggestions = [...offered, ...stepSuggestions(step, voice)];
  return { text: [...prefix, say(step.prompt, voice)].join(' '), ...(suggestions.length > 0 ? { suggestions } : {}) };
}

/** A part of a reply with a transcript form that leaves out personal data. */
export interface Part {
  text: string;
  transcript: string;
  links?: Link[];
}

export const part = (text: string, transcript = text, links?: Link[]): Part => ({ text, transcript, ...(links ? { links } : {}) });

export function echo(items: Array<{ step: StepDefinition; value: RunState['slots'][string] }>, voice: Voice, corrected: boolean): Part {
  const head = say(corrected ? T.corrected : T.understood, voice);
  const shown = items.map(({ step, value }) => `${label(step.label, voice)}: ${displayValue(step, value ?? null, voice.locale)}`);
  const kept = items.map(({ step, value }) => `${label(step.label, voice)}: ${step.personal ? label(T.hidden, voice) : displayValue(step, value ?? null, voice.locale)}`);
  // No second full stop after a value that ends in one ("am 20.11.", "Ja, bitte!").
  const close = (line: string) => (/[.!?…]$/.test(line) ? line : `${line}.`);
  return part(close(`${head}: ${shown.join('; ')}`), close(`${head}: ${kept.join('; ')}`));
}

export function summaryRows(dialog: DialogDefinition, run: RunState, voice: Voice): Array<{ step: StepDefinition; value: string }> {
  return visibleSteps(dialog, run.slots)
    .filter((step) => isAnswered(run, step.slot))
    .map((step) => ({ step, value: displayValue(step, run.slots[step.slot] ?? null, voice.locale) }));
}

export function summaryReply(dialog: DialogDefinition, run: RunState, voice: Voice, prefix: Part[] = []): ReplyDraft {
  const rows = summaryRows(dialog, run, voice);
  const lines = rows.map((r) => `• ${label(r.step.label, voice)}: ${r.value}`);
  const kept = rows.map((r) => `• ${label(r.step.label, voice)}: ${r.step.personal ? label(T.hidden, voice) : r.value}`);
  const head = [...prefix.map((p) => p.text), say(dialog.summary.intro, voice)].join(' ');
  const headKept = [...prefix.map((p) => p.transcript), say(dialog.summary.intro, voice)].join(' ');
  return {
    text: `${head}\n${lines.join('\n')}\n${say(dialog.summary.confirm, voice)}`,
    transcriptText: `${headKept}\n${kept.join('\n')}\n${say(dialog.summary.confirm, voice)}`,
    suggestions: yesNoSuggestions(voice),
  };
}

/** Info parts first (one reply), then the question. */
export function withParts(parts: Part[], question: ReplyDraft): ReplyDraft[] {
  if (parts.length === 0) return [question];
  const links = parts.flatMap((p) => p.links ?? []);
  const info: ReplyDraft = {
    text: parts.map((p) => p.text).join(' '),
    transcriptText: parts.map((p) => p.transcript).join(' '),
    ...(links.length > 0 ? { links } : {}),
  };
  return [info, question];
}
