/**
 * The end of a dialog: the completion handler builds the payload, the submission is committed, and only
 * then is the citizen told the reference. Personal data leaves conversation.state here.
 */
import type { ReplyDraft, TurnOutcome } from '../core/turn-handler.js';
import type { Link } from '../core/types.js';
import { AppointmentSlotTaken } from '../store/appointment-repository.js';
import type { SubmissionStore } from '../store/submission-repository.js';
import { visibleSlots } from './flow.js';
import type { CompletionContext, CompletionResult, DialogRegistry } from './registry.js';
import { summaryRows, T } from './replies.js';
import { submit, summaryPath } from './submit.js';
import { SUMMARY_LINK_DAYS } from './summary-page.js';
import { label, say } from './text.js';
import type { OutcomeBuilder, Turn } from './turn.js';

export async function complete(t: Turn, store: SubmissionStore, registry: DialogRegistry, outcome: OutcomeBuilder): Promise<TurnOutcome> {
  const { ctx, dialog, run, voice } = t;
  const handler = registry.completions.get(dialog.completion);
  if (!handler) throw new Error(`completion handler "${dialog.completion}" is not registered`);
  const rows = summaryRows(dialog, run, voice);
  // The raw value and its type go with the display text: the clerk reads them in German whatever the citizen's language.
  const summary = rows.map((r) => ({ label: r.step.label, value: r.value, slot: r.step.slot, type: r.step.type, raw: run.slots[r.step.slot] ?? null }));
  const idempotencyKey = `${run.origin}:${run.runId}`;
  // Stored before a crash, but the conversation still at the summary: the handler describes what was stored
  // instead of acting again (a second booking, "von jemand anderem gebucht" for the citizen's own slot).
  const earlier = dialog.submission ? await store.getSubmissionByIdempotencyKey(idempotencyKey) : null;
  const committed = earlier?.payload.data;
  const context: CompletionContext = {
    dialog,
    slots: visibleSlots(dialog, run.slots),
    conversationId: ctx.conversation.id,
    ...(ctx.turn.client ? { client: ctx.turn.client } : {}),
    runId: run.runId,
    locale: voice.locale,
    plainLanguage: voice.plainLanguage,
    profile: ctx.content.profile,
    now: ctx.now,
    summary,
    ...(typeof committed === 'object' && committed !== null && !Array.isArray(committed) ? { committed } : {}),
  };
  let result: CompletionResult = await handler(context);
  if (!dialog.submission) {
    // Nothing to submit (anonymous survey): the handler has kept what it must; the answers leave the state.
    Object.assign(run, { phase: 'done', step: null, slots: {}, skipped: [], history: [], lastFilled: [] });
    return outcome(t, [{ text: result.message ? say(result.message, voice) : say(T.thanks, voice), ...(result.links?.length ? { links: result.links } : {}) }]);
  }
  const submitted = await submit(store, {
    dialog,
    profile: ctx.content.profile,
    conversationId: ctx.conversation.id,
    idempotencyKey,
    locale: voice.locale,
    plainLanguage: voice.plainLanguage,
    summary,
    result,
    now: ctx.now,
  }).catch((error: unknown) => {
    throw error instanceof AppointmentSlotTaken && result.appointment ? result.appointment.taken : error;
  });
  // A parallel "ja" of the same run committed first: tell what it stored (its booking code), not ours.
  if (!submitted.created && result.appointment) result = await handler({ ...context, committed: submitted.data });
  // Committed: from here on the citizen may be told. The answers leave the conversation state.
  run.phase = 'done';
  run.step = null;
  run.slots = {};
  run.skipped = [];
  run.history = [];
  run.lastFilled = [];
  run.reference = submitted.reference;

  const vars = { reference: submitted.reference };
  const lines = result.received ? [] : [say(T.received, voice, vars)];
  if (result.message) lines.push(say(result.message, voice, vars));
  if (result.received) lines.push(say(result.received, voice, vars));
  const documents = result.documents ?? [];
  if (documents.length > 0) lines.push(`${say(T.bring, voice)}\n${documents.map((d) => `• ${label(d, voice)}`).join('\n')}`);
  const phone = ctx.turn.channel === 'voice';
  lines.push(say(phone ? T.noPrintableOnVoice : T.printableNote, voice));
  // How long the link works: the dialog's retention_days (tester-o E1).
  if (!phone && dialog.submission) lines.push(say(SUMMARY_LINK_DAYS, voice, { days: dialog.submission.retention_days }));
  const links: Link[] = [...(phone ? [] : [{ title: label(T.printable, voice), url: summaryPath(submitted.reference, submitted.token, voice.locale) }]), ...(result.links ?? [])];
  const reply: ReplyDraft = { text: lines.join('\n'), links };
  return outcome(t, [reply]);
}
