/**
 * One message in a running dialog: side questions first, then commands, then the summary (confirm or edit)
 * or the step being asked (values, ways out, switching or digressing, failures and the hand-over).
 */
import { writtenYesNeeded } from '../core/emoji-agreement.js';
import type { TurnOutcome } from '../core/turn-handler.js';
import { advance, handoff, HIDDEN_INPUT, outcome, reask, stepContext } from './ask.js';
import { answerSideQuestion, digression, splitQuestionAlongside, switchOffer } from './away.js';
import { command } from './command-turn.js';
import { detectCommand, looksLikeQuestion, looksLikeRequest } from './commands.js';
import { complete } from './complete.js';
import { ending } from './ending.js';
import { answerToAsked } from './asked-back.js';
import { codeValidity } from './resume-code.js';
import { applyAssignments } from './fill.js';
import { labelledValue, valueOnly } from './labelled-value.js';
import { partialAddress } from './partial-address.js';
import { hasCorrectionCue, isAnswered, optionCorrection, stepById, visibleSteps } from './flow.js';
import { CompletionRejected, type StepLogic } from './registry.js';
import type { StepDefinition } from './schema.js';
import { isOldButton, languageWish, nonAnswer, type NonAnswer } from './non-answers.js';
import { part, stepSuggestions, T, type Part } from './replies.js';
import { acceptedEntities, matchOption, yesNo } from './slot-values.js';
import { fold, label, say, type Voice } from './text.js';
import type { Engine, Turn } from './turn.js';

export const MAX_FAILURES = 3;

export async function activeTurn(engine: Engine, t: Turn): Promise<TurnOutcome | null> {
  const { ctx, run } = t;
  const asked = await answerToAsked(engine, t);
  if (asked) return asked;
  const validity = codeValidity(engine, t);
  if (validity) return validity;
  if (run.phase === 'cancel' || run.phase === 'resume' || run.phase === 'switch') {
    const answered = await answerSideQuestion(engine, t);
    if (answered) return answered;
  }
  const parts: Part[] = [];
  const step = run.phase === 'step' ? stepById(t.dialog, run.step) : undefined;
  // "nein, und was kostet die Hundesteuer?": "nein" answers the step, the question is answered after it.
  const alongside = step ? splitQuestionAlongside(t) : null;
  const answersEarlierStep = optionCorrection(t.dialog, run, step, ctx.turn.text) !== null;
  const cmd = detectCommand(ctx.turn.text, ctx.nlu, step, visibleSteps(t.dialog, run.slots), { answersEarlierStep });
  const turned = step && run.phase === 'step' ? await intercepted(engine, t, step, cmd) : null;
  if (turned) return turned;
  if (cmd) {
    const handled = await command(engine, t, cmd, parts);
    if (handled) return handled;
  }
  return run.phase === 'confirm' || run.phase === 'edit' ? summaryTurn(engine, t, parts) : stepTurn(engine, t, parts, alongside);
}

/** The summary was shown ("ja" submits, "nein" asks what to change) or "Was möchten Sie ändern?" was asked. */
async function summaryTurn(engine: Engine, t: Turn, parts: Part[]): Promise<TurnOutcome> {
  const { run, voice } = t;
  const text = t.ctx.turn.text;
  for (const shown of visibleSteps(t.dialog, run.slots)) {
    const logic = shown.logic ? engine.registry.stepLogic.get(shown.logic) : undefined;
    const result = logic?.atSummary?.(stepContext(t, shown));
    if (result) return changedEarlier(engine, t, result);
  }
  // "Beschreibung: Sie ist seit drei Tagen ganz aus", also after "nein,": that step takes the value at once.
  const labelled = labelledValue(t);
  if (labelled) {
    run.step = labelled.step.slot;
    run.phase = 'step';
    return stepTurn(engine, valueOnly(t, labelled), parts);
  }
  const filled = await applyAssignments(engine, t, undefined, parts);
  if (filled.accepted.length > 0) return ending(t, filled, parts) ?? outcome(t, await advance(engine, t, parts), filled.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
  const answer = yesNo(text);
  if (run.phase === 'confirm' && answer === true && !hasCorrectionCue(text)) {
    try {
      return await complete(t, engine.store, engine.registry, outcome);
    } catch (error) {
      if (!(error instanceof CompletionRejected)) throw error;
      // An answer became invalid meanwhile (a slot was booked by someone else): ask that step again.
      delete run.slots[error.step];
      run.skipped = run.skipped.filter((s) => s !== error.step);
      return outcome(t, await advance(engine, t, [part(say(error.reason, voice))]));
    }
  }
  if (run.phase === 'confirm' && answer === false) {
    run.phase = 'edit';
    const suggestions = visibleSteps(t.dialog, run.slots).filter((s) => isAnswered(run, s.slot)).map((s) => ({ title: label(s.label, voice), value: label(s.label, voice) }));
    return outcome(t, [{ text: say(T.editQuestion, voice), suggestions }]);
  }
  if (run.phase === 'edit') {
    // A button's label first: "Kontoinhaberin oder Kontoinhaber" begins with the IBAN's keyword "konto".
    const shown = visibleSteps(t.dialog, run.slots);
    const target =
      shown.find((s) => [s.label.de, s.label.en, s.label.plain ?? ''].some((name) => fold(name) === fold(text))) ??
      shown.find((s) => matchOption({ ...s, options: [{ value: s.slot, label: s.label, synonyms: s.keywords, links: [] }] }, text));
    if (target) {
      run.step = target.slot;
      run.phase = 'step';
      return outcome(t, reask(engine, t, parts));
    }
  }
  // A bare value at the summary ("Kaiserplatz 2, 52349 Düren") changes the one answer that takes such a value.
  const target = soleValueStep(t);
  if (target) {
    run.step = target.slot;
    run.phase = 'step';
    return stepTurn(engine, t, parts);
  }
  const away = switchOffer(t) ?? digression(t);
  if (away) return away;
  return outcome(t, reask(engine, t, [part(say(T.notUnderstood, voice))]));
}

/** The step being asked. */
async function stepTurn(engine: Engine, t: Turn, parts: Part[], alongside: Part | null = null): Promise<TurnOutcome> {
  const { ctx, run, voice } = t;
  const text = ctx.turn.text;
  const current = stepById(t.dialog, run.step);
  if (!current) return outcome(t, await advance(engine, t, parts));
  // A topic button pressed at a question ("Was kannst du?"): that topic's answer, then "weitermachen?".
  if (ctx.turn.action?.startsWith('intent:') && !text) {
    const away = switchOffer(t) ?? digression(t);
    if (away) return away;
  }
  // A wish for the other language is no value at any step ("English please" at the rent question).
  // In either language: a "ja" button shown before the citizen switched to English still answers.
  const offered = (['de', 'en'] as const).flatMap((locale) => stepSuggestions(current, { ...voice, locale }).map((s) => s.value));
  // An old button ("ja" pressed twice, "buchen" of another application, "Rente" of the income question pressed
  // at the allowances question) is no value either, at choices too; step logic with buttons of its own (the
  // appointment slots "1", "2", "3") checks its values itself.
  const ownButtons = current.logic ? engine.registry.stepLogic.get(current.logic)?.suggestions : undefined;
  const pressed = ownButtons ? undefined : ctx.turn.action;
  const oldButton = isOldButton(pressed, offered);
  const not = oldButton
    ? { kind: 'old_button' as const }
    : current.type === 'text'
      ? nonAnswer(text, pressed, offered, ctx.nlu.otherLanguage !== undefined)
      : languageWish(text);
  if (not) return notAnAnswer(engine, t, not, parts);
  // A text step takes any text: only a question or a request ("Ich möchte …") may lead elsewhere.
  if (current.type === 'text' && (looksLikeQuestion(text) || looksLikeRequest(text))) {
    const top = ctx.nlu.intents[0];
    // A question is never a name or an address ("was kostet das?" was stored as the name); a description
    // may be one ("Können Sie das Loch reparieren?"), so there only a recognised topic leads away.
    const known = top !== undefined && top.id !== 'unknown';
    // A question at a step that expects a value ("Wie sende ich meinen Standort?" at the place) gets its help.
    // A step that takes questions (the survey's comment, personal only to keep it out of the transcript) expects none.
    const expectsValue = (current.personal && !current.takes_questions) || (current.entities?.length ?? 0) > 0;
    if (looksLikeQuestion(text) && !known && expectsValue && current.help) return outcome(t, reask(engine, t, [...parts, part(say(current.help, voice))]));
    // A question is stored only where the step takes one (a description); elsewhere ("Wie viel kostet das?" as
    // the items to collect) it is answered, from the application's topic when it names none.
    const away = switchOffer(t) ?? (looksLikeQuestion(text) && (known || expectsValue || !current.takes_questions) ? digression(t) : null);
    if (away) return away;
  }
  // A 👍 is "ja" at other yes/no questions; a question that takes only "ja" (a consent, the SEPA mandate) waits
  // for the word (retest 19 2.6, smoke 19 A1).
  if (ctx.turn.byEmoji && (current.consent || current.validate.equals === true)) {
    return outcome(t, reask(engine, t, [...parts, part(writtenYesNeeded(current.consent ? 'consent' : 'agreement', voice.locale, voice.plainLanguage))]));
  }
  // "Kölnstraße" at the address question: its house number is asked, and "12" then completes it.
  const street = partialAddress(t, current);
  if (street) return street;
  const filled = await applyAssignments(engine, t, current, parts);
  // An answer at a personal step stays out of the transcript even when it did not fit (a mistyped address).
  const hide = filled.personal || current.personal ? { userTranscriptText: HIDDEN_INPUT } : {};
  if (filled.answeredCurrent || (filled.accepted.length > 0 && !filled.currentError)) {
    if (filled.answeredCurrent) run.failures = 0;
    return ending(t, filled, parts) ?? outcome(t, await advance(engine, t, alongside ? [...parts, alongside] : parts), hide);
  }
  // A question the step could not take ("was kostet das?" where a day is wanted) is a side question.
  if (!filled.currentError || (filled.accepted.length === 0 && looksLikeQuestion(text))) {
    const away = switchOffer(t) ?? digression(t);
    if (away) return away;
  }
  // A yes/no question about the answer ("Meinen Sie den 30.11.2027?") ends the turn, with Ja/Nein (ask.ts `reask`).
  if (filled.currentError && run.asked?.slot === current.slot) return outcome(t, reask(engine, t, parts), hide);
  run.failures += 1;
  const reason = filled.currentError ?? part(current.error ? say(current.error, voice) : notUnderstood(current, voice));
  if (run.failures >= MAX_FAILURES) return outcome(t, handoff(engine, t, [...parts, reason]), hide);
  return outcome(t, reask(engine, t, [...parts, reason]), hide);
}

/** Step logic that reads the message before commands and values (registry.ts, `intercept`). */
async function intercepted(engine: Engine, t: Turn, step: StepDefinition, cmd: string | null): Promise<TurnOutcome | null> {
  const result = step.logic ? engine.registry.stepLogic.get(step.logic)?.intercept?.(stepContext(t, step), cmd) : undefined;
  return result ? changedEarlier(engine, t, result) : null;
}

/** Applies what `intercept` or `atSummary` changed, says its text and asks the next open question (or the summary). */
async function changedEarlier(engine: Engine, t: Turn, result: NonNullable<ReturnType<NonNullable<StepLogic['intercept']>>>): Promise<TurnOutcome> {
  const clear = result.clear ?? [];
  Object.assign(t.run.slots, result.slots ?? {});
  for (const slot of clear) delete t.run.slots[slot];
  t.run.skipped = t.run.skipped.filter((slot) => !clear.includes(slot));
  t.run.failures = 0;
  return outcome(t, await advance(engine, t, [part(say(result.text, t.voice))]));
}

/** At a choice, the options it takes; elsewhere "nicht verstanden". */
function notUnderstood(step: StepDefinition, voice: Voice): string {
  const options = (step.type === 'enum' ? (step.options ?? []) : []).map((o) => (voice.locale === 'en' ? `"${label(o.label, voice)}"` : `„${label(o.label, voice)}“`));
  if (options.length === 0) return say(T.notUnderstood, voice);
  const or = voice.locale === 'en' ? ' or ' : ' oder ';
  const list = options.length > 1 ? `${options.slice(0, -1).join(', ')}${or}${options.at(-1) ?? ''}` : (options[0] ?? '');
  return say(T.chooseOne, voice, { options: list });
}

function soleValueStep(t: Turn): StepDefinition | undefined {
  const text = t.ctx.turn.text.trim();
  const [entity, ...more] = t.ctx.nlu.entities;
  if (!entity || more.length > 0 || entity.end - entity.start < text.length * 0.8) return undefined;
  const steps = visibleSteps(t.dialog, t.run.slots).filter((s) => isAnswered(t.run, s.slot) && acceptedEntities(s).includes(entity.type));
  return steps.length === 1 ? steps[0] : undefined;
}

/** A message a free-text step must not store (non-answers.ts): said why, or done what it asks, and asked again. */
async function notAnAnswer(engine: Engine, t: Turn, not: NonAnswer, parts: Part[]): Promise<TurnOutcome> {
  switch (not.kind) {
    case 'confused':
      return (await command(engine, t, 'help', parts)) ?? outcome(t, reask(engine, t, parts));
    case 'language':
      // The citizen's wish decides this turn and, for channels that send no locale, the ones after it.
      t.ctx.turn.locale = not.locale;
      t.voice.locale = not.locale;
      return outcome(t, reask(engine, t, [...parts, part(say(T.languageSwitched, t.voice))]));
    case 'old_button':
      return outcome(t, reask(engine, t, [...parts, part(say(T.oldButton, t.voice))]));
    case 'other_language':
      return outcome(t, reask(engine, t, [...parts, part(`${say(T.onlyGermanEnglish, { ...t.voice, locale: 'de' })} ${say(T.onlyGermanEnglish, { ...t.voice, locale: 'en' })}`)]));
    default:
      return outcome(t, reask(engine, t, [...parts, part(say(not.kind === 'no_words' ? T.notUnderstood : T.stillAsking, t.voice))]));
  }
}
