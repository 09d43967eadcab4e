import { describe, expect, it } from 'vitest';
import { transcriptHarness } from '../support/transcript-harness.js';

describe('a follow-up on the topic just answered', () => {
  it('is answered from that topic, though on its own it names none', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Was kostet das?');
    expect(h.last.intent?.id).toBe('reisepass');
    await h.send('Und für mein Kind?');
    expect(h.last.intent?.id).toBe('ausweis_kind');
  });

  it('follows the topic into English', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('What documents do I need for that?', { locale: 'en' });
    expect(h.last.intent?.id).toBe('reisepass');
    expect(h.last.replies[0]?.text).toMatch(/passport/i);
  });

  it('stays out of scope when it is about something the city does not do', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Und wie wird das Wetter morgen?');
    expect(h.last.intent?.id).toBe('unknown');
  });

  it('stays a question of its own when it points back but speaks of something else', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Und wer hat das Spiel gestern gewonnen?');
    expect(h.last.intent?.id).toBe('unknown');
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Und wann hat das Bürgerbüro offen?');
    expect(h.last.intent?.id).toMatch(/^buergerbuero/);
  });

  it('is not read into thanks or a complaint that point back at the answer without asking anything', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Danke, das wollte ich wissen');
    expect(h.last.intent?.id).toBe('danke');
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('I waited three hours for this, unacceptable', { locale: 'en' });
    expect(h.last.intent?.id).toBe('beschwerde');
  });

  it('needs the topic of the turn just before: after "not understood" there is nothing to follow', async () => {
    const h = await transcriptHarness({ dialogs: [] });
    await h.send('Ich brauche einen neuen Reisepass');
    await h.send('Erzähl mir einen Witz');
    await h.send('Was kostet das?');
    expect(h.last.intent?.id).toBe('unknown');
  });

  it('is not looked for in the answer to an application question', async () => {
    const h = await transcriptHarness({ dialogs: ['dialogs/sperrmuell.yaml'] });
    await h.send('Ich möchte Sperrmüll anmelden');
    expect(h.last.expectingInput).toBe(true);
    const reply = await h.send('Was kostet das?');
    expect(h.last.dialog?.id).toBe('sperrmuell');
    expect(reply).not.toMatch(/Hinweis: Ich bin/);
  });
});
