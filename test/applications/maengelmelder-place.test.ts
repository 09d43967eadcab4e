import { beforeAll, describe, expect, it } from 'vitest';
import { harness, realContent } from './harness.js';

beforeAll(async () => {
  await realContent();
});

/** A report up to the place question. */
async function atPlace() {
  const h = await harness();
  await h.send('Laterne kaputt');
  return h;
}

describe('the place and the description of a problem report', () => {
  it('explains how to name a place instead of storing "keine Ahnung" or a question as the place', async () => {
    const h = await atPlace();
    expect(await h.send('keine Ahnung')).toMatch(/Sie kennen die Adresse nicht genau/);
    expect(await h.send('Wie sende ich meinen Standort?')).toMatch(/Fotos und Standorte kann ich im Chat leider nicht annehmen/);
    expect(h.last.dialog?.step).toBe('ort');
  });

  it('does not promise to take a location or a photo', async () => {
    const h = await atPlace();
    expect(h.last.replies.map((r) => r.text).join(' ')).not.toMatch(/Standort senden/);
    expect(await h.send('Ich schicke Ihnen ein Foto')).toMatch(/Fotos kann ich im Chat leider nicht annehmen/);
    await h.send('Kölnstraße 12');
    expect(await h.send('Ich habe ein Foto davon')).toMatch(/Fotos kann ich im Chat leider nicht annehmen/);
    expect(h.last.dialog?.step).toBe('beschreibung');
  });

  it.each(['Ein tiefes Schlagloch auf der Fahrbahn, ca. 30 cm breit', 'Die Laterne ist seit drei Tagen kaputt', 'Tiefes Schlagloch vor dem Haus'])(
    'asks where, instead of storing the description "%s" as the place',
    async (text) => {
      const h = await atPlace();
      expect(await h.send(text)).toMatch(/Das beschreibt, was los ist; ich habe es als Beschreibung notiert[\s\S]*Wo genau ist es\?/);
      expect(h.last.dialog?.step).toBe('ort');
      // The description is kept: after the place, the next question is the contact, not the description.
      await h.send('Kölnstraße 12');
      expect(h.last.dialog?.step).toBe('kontakt');
    },
  );

  it('takes the place without "In der" and the rest of the sentence as the description, so it is not asked again (smoke19 B8)', async () => {
    const h = await harness();
    await h.send('Ich möchte ein Schlagloch melden');
    const reply = await h.send('In der Kölnstraße 20, 52351 Düren ist ein tiefes Loch in der Fahrbahn');
    expect(reply).toMatch(/Ort: Kölnstraße 20, 52351 Düren/);
    expect(reply).not.toMatch(/Beschreiben Sie bitte kurz/);
    expect(h.last.dialog?.step).toBe('kontakt');
    expect(await h.send('keine Angabe')).toMatch(/Beschreibung: Tiefes Loch in der Fahrbahn/);
  });

  it('still asks for the description after a bare address', async () => {
    const h = await harness();
    await h.send('Ich möchte ein Schlagloch melden');
    await h.send('Kölnstraße 20, 52351 Düren');
    expect(h.last.dialog?.step).toBe('beschreibung');
  });

  it('still takes a place that says what is there ("Schlagloch in der Kölnstraße 12")', async () => {
    const h = await atPlace();
    expect(await h.send('Schlagloch vor der Grundschule am Markt')).toMatch(/Verstanden: Ort/);
  });

  it('takes "nein, Ort: …" at the description as the new place without refusing it as a description', async () => {
    const h = await atPlace();
    await h.send('Kölnstraße 12');
    const reply = await h.send('nein, Ort: Kaiserplatz 2, 52349 Düren');
    expect(reply).toMatch(/Korrigiert: Ort: Kaiserplatz 2/);
    expect(reply).not.toMatch(/Das ist eine Adresse/);
    expect(h.last.dialog?.step).toBe('beschreibung');
  });

  it('refuses a place with a postcode of another town', async () => {
    const h = await atPlace();
    expect(await h.send('Domkloster 4, 50667 Köln')).toMatch(/Diese Postleitzahl gehört nicht zu Düren/);
    expect(h.last.dialog?.step).toBe('ort');
  });

  it('asks whether a street named with another town and no postcode is in Düren, instead of taking it ("Hohe Straße 3 in Köln")', async () => {
    const h = await atPlace();
    const reply = await h.send('Hohe Straße 3 in Köln');
    expect(reply).toMatch(/Liegt Köln in Düren\? Dann nennen Sie bitte die Adresse mit Postleitzahl, zum Beispiel „Hohe Straße 3, 52349 Düren“/);
    expect(reply).not.toMatch(/Verstanden: Ort|gehört nicht zu/);
    expect(h.last.dialog?.step).toBe('ort');
  });

  it('takes a street in a district of Düren named without "Düren-", in English too (N2)', async () => {
    const h = await harness();
    await h.send('I want to report a pothole', { locale: 'en' });
    const reply = await h.send('Schenkelstraße 8 in Mariaweiler', { locale: 'en' });
    expect(reply).toMatch(/Got it: Place: Schenkelstraße 8 Düren-Mariaweiler/);
    expect(reply).not.toMatch(/not part of Düren/);
  });

  it.each(['Berliner Platz in Köln', 'Kreuzung Hauptstraße / Bahnhofstraße in Langerwehe'])(
    'asks whether the place "%s" is in Düren instead of taking it (A1)',
    async (place) => {
      const h = await atPlace();
      const reply = await h.send(place);
      expect(reply).toMatch(/Liegt (Köln|Langerwehe) in Düren\? Dann nennen Sie bitte die Adresse mit Postleitzahl, zum Beispiel „(Berliner Platz|Kreuzung Hauptstraße \/ Bahnhofstraße), 52349 Düren“/);
      expect(reply).not.toMatch(/Verstanden: Ort/);
      expect(h.last.dialog?.step).toBe('ort');
    },
  );

  it('takes the place asked about after a yes, or given again with a Düren postcode, and a place in a district at once (A1)', async () => {
    const yes = await atPlace();
    await yes.send('Berliner Platz in Köln');
    expect(await yes.send('ja')).toMatch(/Verstanden: Ort: Berliner Platz in Köln\./);
    expect(yes.last.dialog?.step).toBe('beschreibung');
    const postcode = await atPlace();
    await postcode.send('Kreuzung Hauptstraße / Bahnhofstraße in Langerwehe');
    expect(await postcode.send('Kreuzung Hauptstraße / Bahnhofstraße, 52349 Düren')).toMatch(/Verstanden: Ort: Kreuzung Hauptstraße \/ Bahnhofstraße, 52349 Düren\./);
    const district = await atPlace();
    expect(await district.send('am Spielplatz in Birkesdorf')).toMatch(/Verstanden: Ort: am Spielplatz in Birkesdorf\./);
  });

  it('keeps the description whole when it says where the citizen lives ("wo" is no keyword inside "wohne")', async () => {
    const h = await atPlace();
    await h.send('Kölnstraße 12');
    const reply = await h.send('Ich wohne in der Goethestraße 5 und sehe die Lampe jeden Abend flackern');
    expect(reply).toMatch(/Beschreibung: Ich wohne in der Goethestraße 5 und sehe die Lampe jeden Abend flackern/);
    expect(reply).not.toMatch(/Korrigiert: Ort/);
  });

  it('keeps personal data the echo repeats out of the stored transcript', async () => {
    const h = await atPlace();
    await h.send('Kölnstraße 12');
    await h.send('Die Lampe flackert, ich bin Peter Müller, Tel 0176 9876543');
    const transcript = JSON.stringify(await (await h.app.request(`/api/conversations/${h.conversationId}`)).json());
    expect(transcript).not.toContain('0176 9876543');
    // The number is the contact now (smoke19 B1), and the echo of a personal answer is masked.
    expect(transcript).toContain('Kontakt für Rückfragen: [Angabe]');
  });
});

describe('a place given at the description question', () => {
  it('refuses a bare address as the description and takes it as the place after "nein, Ort:"', async () => {
    const h = await harness();
    await h.send('Ich möchte ein Schlagloch melden');
    await h.send('Kölnstraße 12');
    expect(await h.send('Kölnstraße 40, 52351 Düren')).toMatch(/Das ist eine Adresse/);
    expect(h.last.dialog?.step).toBe('beschreibung');
    expect(await h.send('nein, Ort: Kölnstraße 40, 52351 Düren')).toMatch(/Korrigiert: Ort: Kölnstraße 40/);
  });
});

describe('a new place at the summary', () => {
  it('takes a bare address at the summary as the new place', async () => {
    const h = await harness();
    for (const m of ['Laterne kaputt', 'Kölnstraße 12', 'Die Lampe flackert', 'überspringen']) await h.send(m);
    expect(h.last.dialog?.step).toBe('confirm');
    const reply = await h.send('Kaiserplatz 2, 52349 Düren');
    expect(reply).toMatch(/Ort: Kaiserplatz 2, 52349 Düren[\s\S]*Bitte prüfen Sie Ihre Meldung/);
    expect(h.last.dialog?.step).toBe('confirm');
  });
});

describe('places nobody can find', () => {
  it.each(['bei mir', '52351', 'hier vor meinem Haus'.slice(5)])('asks where exactly for "%s"', async (place) => {
    const h = await atPlace();
    expect(await h.send(place)).toMatch(/Wo genau ist das\?|Sie kennen die Adresse nicht genau/);
    expect(h.last.dialog?.step).toBe('ort');
  });

  it('reports the summary as the step while a side question interrupts it', async () => {
    const h = await atPlace();
    for (const m of ['Kölnstraße 12', 'Die Lampe flackert', 'überspringen']) await h.send(m);
    await h.send('Was kostet ein Reisepass?');
    expect(h.last.dialog).toMatchObject({ id: 'maengelmelder', step: 'confirm', done: false });
  });
});
