/**
 * Transcript-test harness for the Wohngeld dialog: test/support/transcript-harness.ts with
 * dialogs/wohngeld.yaml only.
 */
import type { SqlStore } from '../../src/store/sql-store.js';
import { realContent as loadContent, transcriptHarness, type TranscriptHarness } from '../support/transcript-harness.js';

export { ROOT, type ChatBody } from '../support/transcript-harness.js';

const DIALOGS = ['dialogs/wohngeld.yaml'];

export const realContent = () => loadContent(DIALOGS);

export function harness(options: { store?: SqlStore; now?: () => Date } = {}): Promise<TranscriptHarness> {
  return transcriptHarness({ dialogs: DIALOGS, ...options });
}

export type Harness = TranscriptHarness;

/** From the start of the Wohngeld dialog to the choice after the estimate. */
export async function toEstimate(h: Harness): Promise<string> {
  await h.send('Ich möchte Wohngeld beantragen');
  await h.send('3');
  await h.send('600 Euro');
  await h.send('1800 Euro brutto');
  await h.send('Lohn oder Gehalt');
  return h.send('Nichts davon');
}

/** From the start to the address question of the application. */
export async function toAddress(h: Harness): Promise<string> {
  await toEstimate(h);
  await h.send('hier');
  await h.send('ja');
  await h.send('Maria Schmidt');
  return h.send('12.03.1980');
}

/** From the start to the first contact question of the application (phone), after a Düren address. */
export async function toContact(h: Harness): Promise<string> {
  await toAddress(h);
  return h.send('Hauptstraße 5, 52349 Düren');
}

/** A new Wohngeld run at the rent question, after a household of 3. */
export async function atRent(): Promise<Harness> {
  const h = await harness();
  await h.send('Ich möchte Wohngeld beantragen');
  await h.send('3');
  return h;
}
