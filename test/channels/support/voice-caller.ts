/** A caller on POST /api/voice/turn of a transcript harness: says one transcript per call, checks the SSML is XML. */
import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';
import { voicePlugin } from '../../../src/channels/voice/index.js';
import type { TranscriptHarness } from '../../support/transcript-harness.js';

export interface VoiceBody {
  conversationId: string;
  speak: string;
  text: string;
  expectingInput: boolean;
}

export function voiceCaller(h: TranscriptHarness): (transcript: string) => Promise<VoiceBody> {
  voicePlugin()(h.app, h.context);
  let id: string | undefined;
  return async (transcript) => {
    const res = await h.app.request('/api/voice/turn', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ transcript, locale: 'de-DE', ...(id ? { conversationId: id } : {}) }) });
    const body = (await res.json()) as VoiceBody;
    id = body.conversationId;
    expect(XMLValidator.validate(body.speak)).toBe(true);
    return body;
  };
}
