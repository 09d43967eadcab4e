/** Client-side traffic for the reliability benchmark: chat turns, a full problem report (Mängelmelder) up to its reference. */

export interface ChatAnswer {
  conversationId: string;
  replies: Array<{ text: string }>;
  dialog?: { id: string; step: string | null; done: boolean; reference?: string };
}

export async function chatTurn(url: string, body: Record<string, unknown>, timeoutMs = 30_000): Promise<ChatAnswer> {
  const res = await fetch(`${url}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  if (res.status !== 200) throw new Error(`chat answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as ChatAnswer;
}

/** The citizen's side of a problem report, one answer per step, then "ja" to the summary. */
export const REPORT_ANSWERS = ['Schlagloch', 'Kölnstraße 12', 'Ein tiefes Loch mitten auf der Fahrbahn', 'überspringen', 'ja'];

/** Runs a whole problem report; resolves with the reference only once the server acknowledged it. */
export async function submitReport(url: string, n: number): Promise<string> {
  const start = await chatTurn(url, { action: 'intent:maengelmelder' });
  const conversationId = start.conversationId;
  let last = start;
  for (const text of REPORT_ANSWERS) last = await chatTurn(url, { conversationId, text: n % 2 ? text : text.toLowerCase() });
  const reference = last.dialog?.reference;
  if (!reference) throw new Error(`no reference after the confirmation: ${JSON.stringify(last).slice(0, 400)}`);
  return reference;
}
