/**
 * The dialog manager: a TurnHandler asked before the FAQ answerer. It starts a dialog on its trigger
 * intent, answers global commands (cancel, back, skip, help, person, resume code), fills slots from
 * entities, lets the citizen digress to the FAQ and come back, and submits on confirmation.
 */
import { intentReply } from '../core/answer.js';
import type { ConversationRecord } from '../core/ports.js';
import type { ReplyDraft, TurnContext, TurnHandler, TurnOutcome } from '../core/turn-handler.js';
import type { ResumeCodeStore } from '../store/resume-code-repository.js';
import type { SubmissionStore } from '../store/submission-repository.js';
import { createAttemptLimiter, type AttemptLimiter } from './attempt-limiter.js';
import { detectCommand, helpTarget, looksLikeQuestion, resumeCodeIn, type Command } from './commands.js';
import { complete } from './complete.js';
import { assignEntities, conditionHolds, hasCorrectionCue, isAnswered, nextStep, stepById, visibleSteps } from './flow.js';
import { CompletionRejected, type DialogRegistry } from './registry.js';
import { echo, part, prompt, summaryReply, T, withParts, yesNoSuggestions, type Part } from './replies.js';
import type { DialogDefinition, StepDefinition } from './schema.js';
import { formatCode, randomCode, sha256Hex } from './secrets.js';
import { checkValue, matchOption, valueFromText, yesNo } from './slot-values.js';
import { newRun, readRun, writeRun, type RunState } from './state.js';
import { label, say, type Voice } from './text.js';
import type { Turn } from './turn.js';

export const START_CONFIDENCE = 0.5;
export const DIGRESSION_CONFIDENCE = 0.5;
export const MAX_FAILURES = 3;
export const RESUME_CODE_DAYS = 7;

export interface DialogManagerOptions {
  store: SubmissionStore & ResumeCodeStore & { getConversation(id: string): Promise<ConversationRecord | null> };
  registry: DialogRegistry;
  randomId?: () => string;
  codeLimiter?: AttemptLimiter;
}

const HIDDEN_INPUT = '[Angabe im Antrag]';

export function dialogsOf(ctx: TurnContext): DialogDefinition[] {
  return ctx.content.dialogs as DialogDefinition[];
}

export function createDialogManager(options: DialogManagerOptions): TurnHandler {
  const randomId = options.randomId ?? (() => crypto.randomUUID());
  const limiter = options.codeLimiter ?? createAttemptLimiter({ perKey: 5, overall: 200, windowMs: 15 * 60_000 });

  function outcome(t: Turn, replies: ReplyDraft[], extra: Partial<TurnOutcome> = {}): TurnOutcome {
    t.ctx.conversation.state = writeRun(t.ctx.conversation.state, t.run);
    const open = t.run.phase !== 'paused' && t.run.phase !== 'done';
    return {
      replies,
      intent: { id: t.dialog.trigger[0] ?? t.dialog.id, confidence: 1 },
      dialog: {
        id: t.dialog.id,
        step: t.run.phase === 'confirm' ? 'confirm' : t.run.phase === 'done' ? null : t.run.step,
        done: t.run.phase === 'done',
        ...(t.run.reference ? { reference: t.run.reference } : {}),
      },
      expectingInput: open,
      ...extra,
    };
  }

  /** Asks the next open step (running its step logic) or shows the summary. */
  async function advance(t: Turn, parts: Part[]): Promise<ReplyDraft[]> {
    for (;;) {
      const step = nextStep(t.dialog, t.run);
      if (!step) {
        t.run.phase = 'confirm';
        t.run.step = null;
        return [summaryReply(t.dialog, t.run, t.voice, parts)];
      }
      if (step.logic) {
        const logic = options.registry.stepLogic.get(step.logic);
        const result = await logic?.before({ dialog: t.dialog, step, slots: t.run.slots, locale: t.voice.locale, plainLanguage: t.voice.plainLanguage, profile: t.ctx.content.profile, now: t.ctx.now, message: { text: t.ctx.turn.text, entities: t.ctx.nlu.entities } });
        if (result?.slots) Object.assign(t.run.slots, result.slots);
        if (result?.text) {
          const links = result.links?.map((l) => ({ title: label(l.title, t.voice), url: l.url }));
          parts.push(part(say(result.text, t.voice), say(result.text, t.voice), links));
        }
        if (result?.skip) {
          t.run.skipped.push(step.slot);
          continue;
        }
      }
      t.run.phase = 'step';
      t.run.step = step.slot;
      if (t.run.history.at(-1) !== step.slot) t.run.history.push(step.slot);
      return withParts(parts, prompt(step, t.voice));
    }
  }

  /** Asks the current question again (step or summary) without re-running step logic. */
  function reask(t: Turn, parts: Part[]): ReplyDraft[] {
    const step = stepById(t.dialog, t.run.step);
    if (t.run.phase === 'confirm' || !step) {
      t.run.phase = 'confirm';
      return [summaryReply(t.dialog, t.run, t.voice, parts)];
    }
    t.run.phase = 'step';
    return withParts(parts, prompt(step, t.voice));
  }

  function handoff(t: Turn, parts: Part[]): ReplyDraft[] {
    t.run.failures = 0;
    return reask(t, [...parts, part(say(t.dialog.handoff, t.voice))]);
  }

  async function start(ctx: TurnContext, dialog: DialogDefinition, voice: Voice): Promise<TurnOutcome> {
    const run = newRun(dialog.id, randomId(), ctx.conversation.id, ctx.now.toISOString());
    const t: Turn = { ctx, dialog, run, voice };
    const parts: Part[] = [part(say(dialog.intro, voice))];
    const filled = await applyAssignments(t, undefined, parts);
    const prefilled = await prefill(t, parts);
    return outcome(t, await advance(t, parts), filled.personal || prefilled.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
  }

  /** Steps marked `prefill` take their answer from the starting message when it passes validation. */
  async function prefill(t: Turn, parts: Part[]): Promise<{ personal: boolean }> {
    const { ctx, run, dialog, voice } = t;
    const accepted: Array<{ step: StepDefinition; value: RunState['slots'][string] }> = [];
    for (const step of dialog.steps) {
      if (!step.prefill || isAnswered(run, step.slot) || !conditionHolds(step.when, run.slots)) continue;
      const parsed = valueFromText(step, ctx.turn.text, voice.locale);
      if (!parsed || 'error' in parsed) continue;
      const stepContext = { dialog, step, slots: run.slots, locale: voice.locale, plainLanguage: voice.plainLanguage, profile: ctx.content.profile, now: ctx.now, message: { text: ctx.turn.text, entities: ctx.nlu.entities } };
      const result = await checkValue(step, parsed.value, stepContext, options.registry.validators);
      if (!result.ok) continue;
      run.slots[step.slot] = result.value;
      accepted.push({ step, value: result.value });
      if (result.note) parts.push(part(say(result.note, voice)));
    }
    if (accepted.length > 0) parts.splice(1, 0, echo(accepted, voice, false));
    return { personal: accepted.some((a) => a.step.personal) };
  }

  /** Applies the values a message carries; returns what happened for failure counting. */
  async function applyAssignments(t: Turn, current: ReturnType<typeof stepById>, parts: Part[], textValue = true) {
    const { ctx, run, dialog, voice } = t;
    const assignments = assignEntities(dialog, run, current, ctx.turn.text, ctx.nlu.entities);
    if (current && !assignments.some((a) => a.step === current) && textValue && (assignments.length === 0 || current.type !== 'text')) {
      const parsed = valueFromText(current, ctx.turn.text, voice.locale);
      if (parsed) assignments.push({ step: current, parsed, correction: false });
    }
    const accepted: Array<{ step: NonNullable<typeof current>; value: RunState['slots'][string] }> = [];
    let currentError: Part | null = null;
    let corrected = false;
    for (const a of assignments) {
      const stepContext = { dialog, step: a.step, slots: run.slots, locale: voice.locale, plainLanguage: voice.plainLanguage, profile: ctx.content.profile, now: ctx.now, message: { text: ctx.turn.text, entities: ctx.nlu.entities } };
      const result = 'error' in a.parsed ? { ok: false as const, reason: a.parsed.error } : await checkValue(a.step, a.parsed.value, { ...stepContext, ...(a.parsed.entity ? { entity: a.parsed.entity } : {}) }, options.registry.validators);
      if (!result.ok) {
        const message = part(say(result.reason, voice, (result as { vars?: Record<string, string | number> }).vars ?? {}));
        if (a.step === current) currentError = message;
        else parts.push(part(`${label(a.step.label, voice)}: ${message.text}`));
        continue;
      }
      run.slots[a.step.slot] = result.value;
      run.skipped = run.skipped.filter((s) => s !== a.step.slot);
      corrected ||= a.correction;
      accepted.push({ step: a.step, value: result.value });
      if (result.note) parts.push(part(say(result.note, voice)));
    }
    if (accepted.length > 0) {
      parts.unshift(echo(accepted, voice, corrected));
      run.lastFilled = accepted.map((a) => a.step.slot);
    }
    return {
      answeredCurrent: Boolean(current && accepted.some((a) => a.step === current)),
      any: accepted.length > 0,
      currentError,
      personal: accepted.some((a) => a.step.personal) || Boolean(current?.personal && assignments.some((a) => a.step === current)),
    };
  }

  function digression(t: Turn): TurnOutcome | null {
    const top = t.ctx.nlu.intents[0];
    if (!top || top.id === 'unknown' || top.confidence < DIGRESSION_CONFIDENCE || t.dialog.trigger.includes(top.id)) return null;
    const intent = t.ctx.content.intentsById.get(top.id);
    const answer = intent ? intentReply(intent, t.voice.locale, t.voice.plainLanguage) : null;
    if (!answer) return null;
    t.run.returnTo = t.run.phase === 'confirm' ? 'confirm' : 'step';
    t.run.phase = 'resume';
    const question = { text: say(T.resumeQuestion, t.voice, { title: label(t.dialog.title, t.voice) }), suggestions: yesNoSuggestions(t.voice) };
    return { ...outcome(t, [answer, question]), intent: top };
  }

  async function command(t: Turn, cmd: Command, parts: Part[]): Promise<TurnOutcome | null> {
    const { run, voice } = t;
    const step = stepById(t.dialog, run.step);
    switch (cmd) {
      case 'cancel':
        run.returnTo = run.phase === 'confirm' ? 'confirm' : 'step';
        run.phase = 'cancel';
        return outcome(t, [{ text: say(T.cancelQuestion, voice), suggestions: yesNoSuggestions(voice) }]);
      case 'back': {
        const index = run.phase === 'confirm' ? run.history.length : run.history.lastIndexOf(run.step ?? '');
        const previous = [...run.history.slice(0, Math.max(0, index))].reverse().find((slot) => visibleSteps(t.dialog, run.slots).some((s) => s.slot === slot));
        if (!previous) return outcome(t, reask(t, [part(say(T.firstStep, voice))]));
        run.history = run.history.slice(0, run.history.lastIndexOf(previous) + 1);
        run.step = previous;
        run.phase = 'step';
        run.failures = 0;
        return outcome(t, reask(t, parts));
      }
      case 'skip':
        if (!step || run.phase !== 'step') return null;
        if (!step.optional) return outcome(t, reask(t, [part(say(T.requiredStep, voice))]));
        run.slots[step.slot] = null;
        if (!run.skipped.includes(step.slot)) run.skipped.push(step.slot);
        run.failures = 0;
        return outcome(t, await advance(t, parts));
      case 'help': {
        // "was ist Bruttokaltmiete?" is answered even while another step is asked; then that step again.
        const about = helpTarget(t.ctx.turn.text, visibleSteps(t.dialog, run.slots), run.phase === 'step' ? step : undefined);
        return outcome(t, reask(t, [part(about?.help ? say(about.help, voice) : say(T.noHelp, voice))]));
      }
      case 'person':
        return outcome(t, handoff(t, parts));
      case 'resume_code': {
        const code = randomCode();
        const at = t.ctx.now;
        await options.store.saveResumeCode(await sha256Hex(code), t.ctx.conversation.id, at.toISOString(), new Date(at.getTime() + RESUME_CODE_DAYS * 86_400_000).toISOString());
        const shown = formatCode(code);
        const question = reask(t, []);
        return outcome(t, [{ text: say(T.code, voice, { code: shown }), transcriptText: say(T.code, voice, { code: '[Code]' }) }, ...question]);
      }
      case 'continue':
        return outcome(t, reask(t, parts));
    }
  }

  async function active(t: Turn): Promise<TurnOutcome | null> {
    const { ctx, run, voice } = t;
    const text = ctx.turn.text;
    const parts: Part[] = [];
    if (run.phase === 'cancel' || run.phase === 'resume') {
      const answer = yesNo(text);
      if (run.phase === 'cancel' && answer === true) {
        ctx.conversation.state = writeRun(ctx.conversation.state, null);
        return {
          replies: [{ text: say(t.dialog.cancelled ?? T.cancelled, voice) }],
          intent: { id: 'abbrechen', confidence: 1 },
          dialog: { id: t.dialog.id, step: null, done: true },
          expectingInput: false,
        };
      }
      if (run.phase === 'resume' && answer === false) {
        run.phase = 'paused';
        return outcome(t, [{ text: say(T.paused, voice, { title: label(t.dialog.title, voice) }) }]);
      }
      run.phase = run.returnTo ?? 'step';
      delete run.returnTo;
      if (answer !== null) return outcome(t, reask(t, parts));
    }
    const step = run.phase === 'step' ? stepById(t.dialog, run.step) : undefined;
    const cmd = detectCommand(text, ctx.nlu, step, visibleSteps(t.dialog, run.slots));
    if (cmd) {
      const handled = await command(t, cmd, parts);
      if (handled) return handled;
    }

    if (run.phase === 'confirm' || run.phase === 'edit') {
      const filled = await applyAssignments(t, undefined, parts);
      if (filled.any) return outcome(t, await advance(t, parts), filled.personal ? { userTranscriptText: HIDDEN_INPUT } : {});
      const answer = yesNo(text);
      if (run.phase === 'confirm' && answer === true && !hasCorrectionCue(text)) {
        try {
          return await complete(t, options.store, options.registry, outcome);
        } catch (error) {
          if (!(error instanceof CompletionRejected)) throw error;
          // An answer became invalid meanwhile (a slot was booked by someone else): ask that step again.
          delete run.slots[error.step];
          run.skipped = run.skipped.filter((s) => s !== error.step);
          return outcome(t, await advance(t, [part(say(error.reason, voice))]));
        }
      }
      if (run.phase === 'confirm' && answer === false) {
        run.phase = 'edit';
        const suggestions = visibleSteps(t.dialog, run.slots).filter((s) => isAnswered(run, s.slot)).map((s) => ({ title: label(s.label, voice), value: label(s.label, voice) }));
        return outcome(t, [{ text: say(T.editQuestion, voice), suggestions }]);
      }
      if (run.phase === 'edit') {
        const target = visibleSteps(t.dialog, run.slots).find((s) => matchOption({ ...s, options: [{ value: s.slot, label: s.label, synonyms: s.keywords, links: [] }] }, text));
        if (target) {
          run.step = target.slot;
          run.phase = 'step';
          return outcome(t, reask(t, parts));
        }
      }
      const away = digression(t);
      if (away) return away;
      return outcome(t, reask(t, [part(say(T.notUnderstood, voice))]));
    }

    // phase 'step'
    const current = stepById(t.dialog, run.step);
    if (!current) return outcome(t, await advance(t, parts));
    const top = ctx.nlu.intents[0];
    const likelyQuestion = current.type === 'text' && top && top.id !== 'unknown' && looksLikeQuestion(text);
    if (likelyQuestion) {
      const away = digression(t);
      if (away) return away;
    }
    const filled = await applyAssignments(t, current, parts);
    // An answer at a personal step stays out of the transcript even when it did not fit (a mistyped address).
    const hide = filled.personal || current.personal ? { userTranscriptText: HIDDEN_INPUT } : {};
    if (filled.answeredCurrent) {
      run.failures = 0;
      const chosen = current.type === 'enum' ? current.options?.find((o) => o.value === run.slots[current.slot]) : undefined;
      if (chosen?.end) {
        // This way out ends the dialog here: nothing is stored, the answers leave the state.
        ctx.conversation.state = writeRun(ctx.conversation.state, null);
        const links = chosen.links.map((l) => ({ title: label(l.title, voice), url: l.url }));
        return {
          replies: [{ text: [...parts.map((p) => p.text), say(chosen.end, voice)].join(' '), ...(links.length > 0 ? { links } : {}) }],
          intent: { id: t.dialog.trigger[0] ?? t.dialog.id, confidence: 1 },
          dialog: { id: t.dialog.id, step: null, done: true },
          expectingInput: false,
        };
      }
      return outcome(t, await advance(t, parts), hide);
    }
    if (filled.any && !filled.currentError) return outcome(t, await advance(t, parts), hide);
    if (!filled.currentError) {
      const away = digression(t);
      if (away) return away;
    }
    run.failures += 1;
    const reason = filled.currentError ?? part(current.error ? say(current.error, voice) : say(T.notUnderstood, voice));
    if (run.failures >= MAX_FAILURES) return outcome(t, handoff(t, [...parts, reason]), hide);
    return outcome(t, reask(t, [...parts, reason]), hide);
  }

  async function redeem(ctx: TurnContext, code: string, voice: Voice): Promise<TurnOutcome> {
    const key = `conversation:${ctx.conversation.id}`;
    const at = ctx.now.getTime();
    const hidden = { userTranscriptText: 'Code [Code]' };
    if (!limiter.allowed(key, at)) return { replies: [{ text: say(T.codeLimited, voice) }], intent: null, ...hidden };
    const hash = await sha256Hex(code);
    const sourceId = await options.store.findResumeCode(hash, ctx.now.toISOString());
    const source = sourceId ? await options.store.getConversation(sourceId) : null;
    const run = source ? readRun(source.state) : null;
    const dialog = run ? dialogsOf(ctx).find((d) => d.id === run.id) : undefined;
    if (!run || !dialog || run.phase === 'done') {
      limiter.recordFailure(key, at);
      return { replies: [{ text: say(T.codeInvalid, voice) }], intent: null, ...hidden };
    }
    await options.store.deleteResumeCode(hash);
    if (run.phase === 'resume' || run.phase === 'paused' || run.phase === 'cancel' || run.phase === 'edit') run.phase = stepById(dialog, run.step) ? 'step' : 'confirm';
    const t: Turn = { ctx, dialog, run, voice };
    return outcome(t, reask(t, [part(say(T.welcomeBack, voice, { title: label(dialog.title, voice) }))]), hidden);
  }

  return {
    name: 'dialogs',
    async handle(ctx) {
      const voice: Voice = { locale: ctx.turn.locale, plainLanguage: ctx.turn.plainLanguage };
      const dialogs = dialogsOf(ctx);
      if (dialogs.length === 0) return null;
      const actionCode = /^resume_code:([A-Z0-9]{8})$/.exec(ctx.turn.action ?? '')?.[1];
      const code = actionCode ?? resumeCodeIn(ctx.turn.text);
      if (code) return redeem(ctx, code, voice);

      const run = readRun(ctx.conversation.state);
      const dialog = run ? dialogs.find((d) => d.id === run.id) : undefined;
      const top = ctx.nlu.intents[0];
      const triggered = top && top.confidence >= START_CONFIDENCE ? dialogs.find((d) => d.trigger.includes(top.id)) : undefined;

      if (run && dialog && run.phase !== 'done' && run.phase !== 'paused') return active({ ctx, dialog, run, voice });
      if (run && dialog && run.phase === 'paused') {
        const resume = (triggered === dialog && !ctx.nlu.entities.length) || detectCommand(ctx.turn.text, ctx.nlu, undefined) === 'continue' || yesNo(ctx.turn.text) === true;
        if (resume) {
          const t: Turn = { ctx, dialog, run, voice };
          run.phase = stepById(dialog, run.step) ? 'step' : 'confirm';
          return outcome(t, reask(t, [part(say(T.welcomeBack, voice, { title: label(dialog.title, voice) }))]));
        }
      }
      if (run && dialog && run.phase === 'done' && run.reference && yesNo(ctx.turn.text) === true && !triggered) {
        return outcome({ ctx, dialog, run, voice }, [{ text: say(T.alreadyDone, voice, { reference: run.reference }) }]);
      }
      if (!triggered && detectCommand(ctx.turn.text, ctx.nlu, undefined) === 'resume_code') {
        return { replies: [{ text: say(T.noDialog, voice) }], intent: null };
      }
      return triggered ? start(ctx, triggered, voice) : null;
    },
  };
}
