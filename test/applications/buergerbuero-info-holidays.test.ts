/**
 * "Hat das Bürgerbüro an Heiligabend geöffnet?" (tester-o B2): the answer gives the weekly hours and says that they
 * may not apply on holidays, 24.12. and 31.12., where to find out, and that the chat books only open days. It says
 * nothing about whether the office opens then: that is not verified (docs/CONTENT-GUIDE.md, `confirm`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

describe('the opening hours answer on Christmas Eve and New Year\'s Eve', () => {
  it.each(['Hat das Bürgerbüro an Heiligabend geöffnet?', 'Ist das Bürgerbüro an Silvester offen?', 'Hat das Bürgerbüro an Heiligabend auf?'])(
    'answers "%s" with the hours, the note on 24.12. and 31.12. and where to check, without starting a booking',
    async (question) => {
      const h = await harness();
      const reply = await h.send(question);
      expect(h.last.intent?.id).toBe('buergerbuero_info');
      expect(h.last.dialog).toBeFalsy();
      expect(reply).toMatch(/Öffnungszeiten:[\s\S]*An Feiertagen, an Heiligabend \(24\.12\.\) und an Silvester \(31\.12\.\) gelten sie nicht unbedingt/);
      expect(reply).toMatch(/Ob das Bürgerbüro an diesen Tagen geöffnet hat, steht ebenfalls dort, oder Sie fragen telefonisch nach/);
      expect(reply).toContain('https://www.dueren.de');
    },
  );

  it('says the same in English', async () => {
    const h = await harness();
    const reply = await h.send('Is the citizens office open on Christmas Eve?');
    expect(h.last.intent?.id).toBe('buergerbuero_info');
    expect(reply).toMatch(/Opening hours:[\s\S]*on Christmas Eve \(24 December\) and on New Year's Eve \(31 December\) they may not apply/);
  });
});
