/**
 * POST /api/voice/turn: the plain voice path for telephony (IVR, SIP gateways) and smart speakers
 * that run their own speech recognition and synthesis. In: the transcript; out: one SSML document to
 * speak, the same content as text, and whether to listen for an answer next.
 */
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../core/turn-engine.js';
import { SSML_LANG } from '../../core/ssml.js';
import type { AppContext, AppPlugin } from '../../http/app-context.js';
import { isUuid, readJsonBody } from '../../http/json-body.js';
import { localeFromTag } from '../locale.js';

export const voiceTurnSchema = z
  .object({
    conversationId: z.string().refine(isUuid, 'must be a conversation id (UUID) returned by the server').optional(),
    transcript: z.string().trim().min(1, 'say something').max(MAX_TEXT_LENGTH, `at most ${MAX_TEXT_LENGTH} characters`),
    /** "de", "en" or a BCP 47 tag such as "de-DE" from the speech recognizer. */
    locale: z
      .string()
      .max(35)
      .refine((tag) => localeFromTag(tag) !== undefined, 'de or en (or a tag such as de-DE)')
      .optional(),
  })
  .strict();

/** Several replies become one spoken answer: the bodies of their <speak> documents, one after another. */
export function joinSpeak(speaks: readonly string[], lang: string): string {
  const bodies = speaks.map((speak) => {
    const body = speak.replace(/^<speak[^>]*>/, '').replace(/<\/speak>$/, '');
    // A reply in the other language (the English note after the German one) keeps its language as a paragraph.
    const own = /^<speak[^>]*\sxml:lang="([^"]+)"/.exec(speak)?.[1];
    if (!own || own === lang) return body;
    return body.includes('<p>') ? body.replaceAll('<p>', `<p xml:lang="${own}">`) : `<p xml:lang="${own}">${body}</p>`;
  });
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${lang}">${bodies.join('<break time="500ms"/>')}</speak>`;
}

export function voicePlugin(): AppPlugin {
  return (app, context: AppContext) => {
    app.post('/api/voice/turn', async (c) => {
      const body = await readJsonBody(c, voiceTurnSchema);
      const locale = localeFromTag(body.locale);
      const result = await context.engine.handle({
        channel: 'voice',
        ...(body.conversationId ? { conversationId: body.conversationId.toLowerCase() } : {}),
        text: body.transcript,
        ...(locale ? { locale } : {}),
      });
      return c.json({
        conversationId: result.conversationId,
        speak: joinSpeak(
          result.replies.map((reply) => reply.speak),
          SSML_LANG[result.locale],
        ),
        text: result.replies.map((reply) => reply.text).join('\n\n'),
        expectingInput: result.expectingInput,
        locale: result.locale,
      });
    });
  };
}
