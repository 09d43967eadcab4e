/** A small Stadtlotse with the staff workspace on an in-memory store, real NLU training, and a cookie-keeping client. */
import { createAppWithContext } from '../../src/http/create-app.js';
import { silentLogger } from '../../src/http/logger.js';
import { LiveContent } from '../../src/core/live-content.js';
import type { ContentFile } from '../../src/content/model.js';
import { trainNlu } from '../../src/nlu/index.js';
import { openSqliteStore } from '../../src/runtime/node/open-store.js';
import { createAssembler, loadPublishedContent, rawIntentsFromFiles } from '../../src/staff/content-source.js';
import { hashPassword } from '../../src/staff/crypto.js';
import { staffPlugin, type StaffOptions } from '../../src/staff/index.js';
import { createContentRepository } from '../../src/staff/store/content-repository.js';
import { createStaffRepository, type Role } from '../../src/staff/store/staff-repository.js';

export const PROFILE: ContentFile = {
  path: 'profiles/testcity/profile.yaml',
  text: `id: testcity\nname: Stadt Teststadt\nvalues:\n  website: https://www.example.org\n  phone_central: 01234 5-0\n`,
};

/** `answerEn` is English: the editor refuses an English answer written in German (tester-i A8). */
function intent(id: string, kind: 'faq' | 'meta', de: string[], en: string[], answer: string, answerEn: string): ContentFile {
  return {
    path: `intents/${id}.yaml`,
    text: `id: ${id}\nkind: ${kind}\ntitle: { de: ${id}, en: ${id} }\nexamples:\n  de: ${JSON.stringify(de)}\n  en: ${JSON.stringify(en)}\nanswer:\n  de: "${answer}"\n  en: "${answerEn}"\n  plain: "${answer} Einfach."\n`,
  };
}

/** The editor and the publish step hold intents to content:check's minimums (20 German, 8 English examples). */
export const FIXTURE_INTENTS: ContentFile[] = [
  intent(
    'begruessung',
    'meta',
    ['hallo', 'guten tag', 'moin', 'servus', 'hallo zusammen', 'guten morgen', 'guten abend', 'hi', 'hey', 'grüß gott', 'tach', 'moin moin', 'hallo lotse', 'hallo du', 'einen schönen guten tag', 'grüezi', 'huhu', 'hallöchen', 'guten tag zusammen', 'gude'],
    ['hello', 'hi there', 'good morning', 'good evening', 'hey there', 'greetings', 'good afternoon', 'howdy'],
    'Guten Tag! Wie kann ich helfen?',
    'Hello! How can I help you?',
  ),
  intent(
    'personalausweis',
    'faq',
    ['personalausweis beantragen', 'neuer ausweis', 'ausweis abgelaufen', 'perso verlängern', 'wo bekomme ich einen personalausweis', 'personalausweis verlängern', 'neuen perso beantragen', 'mein ausweis läuft ab', 'was kostet ein personalausweis', 'personalausweis abholen', 'wie lange dauert ein neuer personalausweis', 'ausweis erneuern', 'personalausweis kaputt', 'brauche einen neuen personalausweis', 'personalausweis mit foto beantragen', 'perso abgelaufen', 'personalausweis online beantragen', 'ausweisdokument beantragen', 'termin für personalausweis', 'personalausweis für erwachsene'],
    ['apply for id card', 'new id card', 'identity card expired', 'renew my id card', 'german id card', 'how much is an id card', 'get a new identity card', 'id card application'],
    'Den Ausweis beantragen Sie im Bürgerbüro.',
    'You apply for the ID card at the citizens office.',
  ),
  intent(
    'reisepass',
    'faq',
    ['reisepass beantragen', 'neuer reisepass', 'pass für urlaub', 'reisepass abgelaufen', 'kinderreisepass', 'reisepass verlängern', 'wo bekomme ich einen reisepass', 'was kostet ein reisepass', 'reisepass abholen', 'express reisepass', 'wie lange dauert ein reisepass', 'reisepass für die usa', 'brauche einen pass für die reise', 'pass ist abgelaufen', 'reisepass erneuern', 'vorläufiger reisepass', 'reisepass für kinder', 'reisepass online beantragen', 'biometrischer reisepass', 'reisepass mit foto'],
    ['apply for passport', 'new passport', 'passport expired', 'renew my passport', 'how much is a passport', 'passport for my child', 'get a passport', 'express passport'],
    'Den Reisepass beantragen Sie im Bürgerbüro.',
    'You apply for the passport at the citizens office.',
  ),
  intent(
    'hundesteuer',
    'faq',
    ['hundesteuer anmelden', 'hund anmelden', 'steuer für meinen hund', 'hundesteuer bezahlen', 'hundemarke', 'hundesteuer abmelden', 'wie hoch ist die hundesteuer', 'hund abmelden', 'ersatz hundemarke', 'hundemarke verloren', 'zweiter hund steuer', 'hundesteuer für zwei hunde', 'was kostet die hundesteuer', 'hund gestorben abmelden', 'hundesteuer befreiung', 'kampfhund steuer', 'listenhund anmelden', 'welpe anmelden', 'hundesteuerbescheid', 'hundesteuer ermäßigung'],
    ['dog tax', 'register my dog', 'how much is the dog tax', 'dog tag', 'deregister my dog', 'pay dog tax', 'dog tax for two dogs', 'register a puppy'],
    'Die Hundesteuer melden Sie beim Steueramt an.',
    'You register your dog for the dog tax at the tax office.',
  ),
  intent(
    'sperrmuell',
    'faq',
    ['sperrmüll anmelden', 'sperrmüll abholen', 'alte möbel entsorgen', 'sperrmülltermin', 'sofa wegwerfen', 'sperrmüll bestellen', 'schrank entsorgen', 'matratze entsorgen', 'wann kommt der sperrmüll', 'sperrmüll kosten', 'sperrmüllabholung', 'couch entsorgen', 'alte waschmaschine abholen', 'kühlschrank entsorgen', 'sperrgut abholen', 'möbel abholen lassen', 'sperrmüllkarte', 'bett entsorgen', 'teppich entsorgen', 'elektroschrott abholen'],
    ['bulky waste', 'old furniture pickup', 'bulky waste collection', 'dispose of a sofa', 'get rid of old furniture', 'mattress disposal', 'bulky rubbish pickup', 'fridge disposal'],
    'Sperrmüll melden Sie beim Abfallbetrieb an.',
    'You book a bulky waste pickup with the waste service.',
  ),
  intent(
    'unknown',
    'meta',
    ['wie wird das wetter', 'erzähl einen witz', 'wer gewinnt die bundesliga', 'wie wird das wetter morgen', 'was läuft im kino', 'wer ist der bundeskanzler', 'wie alt bist du', 'kannst du singen', 'was ist der sinn des lebens', 'empfiehl mir ein restaurant', 'wie hoch ist der eiffelturm', 'wie steht der bitcoin', 'spielst du schach', 'wer hat das spiel gewonnen', 'was gibt es zum mittagessen', 'magst du katzen', 'bestell mir eine pizza', 'welches auto soll ich kaufen', 'wann fährt der nächste zug nach köln', 'wie funktioniert ein motor'],
    ['tell me a joke', 'weather tomorrow', 'who won the game', 'what is the meaning of life', 'recommend a restaurant', 'do you like cats', 'order a pizza', 'what is bitcoin worth', 'sing me a song', 'how old are you'],
    'Das habe ich nicht verstanden. Rufen Sie {{profile.phone_central}} an.',
    'I did not understand that. Please call {{profile.phone_central}}.',
  ),
];

/** The verified facts of Teststadt, as docs/facts.md would list them. */
export const FIXTURE_FACTS = `# Verified facts for Teststadt\n| fact | value |\n|---|---|\n| Central phone | 01234 5-0 |\n| Rathaus | Markt 1, 12345 Teststadt |\n| Reisepass fee | 70 € from age 24 |\n`;

export const PASSWORD = 'richtig-langes-passwort-42';

/** An active staff user with the fixture password, created as a test would by hand. */
export async function addStaffUser(repo: ReturnType<typeof createStaffRepository>, user: { id: string; username: string; roles: Role[]; at: string }): Promise<void> {
  const { id, username, roles, at } = user;
  await repo.createUser({ id, username, roles, passwordHash: await hashPassword(PASSWORD), active: true, createdAt: at, updatedAt: at }, { at, userId: null, username: 'test', action: 'user.create' });
}

export async function createStaffApp(options: Partial<StaffOptions> = {}) {
  const store = await openSqliteStore(':memory:');
  const assemble = createAssembler({ profile: PROFILE, dialogs: [], catalogue: { intents: [] } });
  const yaml = { intents: rawIntentsFromFiles(FIXTURE_INTENTS), modifiedAt: '2020-01-01T00:00:00.000Z' };
  const published = await loadPublishedContent(createContentRepository(store.db), yaml, assemble, new Date());
  const live = new LiveContent(published.content, trainNlu(published.content));
  let clock: Date | null = null;
  const now = () => clock ?? new Date();
  const built = createAppWithContext({
    store,
    nlu: live.nlu,
    content: live.content,
    live,
    now,
    logger: silentLogger,
    plugins: [staffPlugin({ assemble, yaml, facts: FIXTURE_FACTS, clientKey: (c) => c.req.header('x-test-client') ?? 'client-a', ...options })],
  });
  const staffRepo = createStaffRepository(store.db);
  const users = new Map<string, string>();
  async function addUser(username: string, roles: Role[]): Promise<void> {
    const at = new Date().toISOString();
    const id = crypto.randomUUID();
    users.set(username, id);
    await addStaffUser(staffRepo, { id, username, roles, at });
  }
  return { ...built, store, live, staffRepo, addUser, users, setNow: (date: Date | null) => (clock = date) };
}

export type StaffApp = Awaited<ReturnType<typeof createStaffApp>>;

export interface ChatReply {
  conversationId: string;
  intent: { id: string } | null;
  replies: Array<{ text: string }>;
}

/** A citizen's chat turn (text or a pressed button) against the staff app's public API. */
export async function postChat(app: StaffApp, body: Record<string, string>): Promise<ChatReply> {
  const res = await app.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`chat answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as ChatReply;
}

/** A browser stand-in: keeps cookies, reads the CSRF token from the last page, posts forms. */
export class StaffClient {
  private cookies = new Map<string, string>();
  csrf = '';
  lastHtml = '';

  constructor(
    private readonly app: StaffApp['app'],
    private readonly headers: Record<string, string> = {},
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.request(`http://localhost${path}`, { ...init, headers: { ...this.headers, ...(cookie ? { cookie } : {}), ...(init.headers as Record<string, string> | undefined) } });
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      if (!name) continue;
      if (/max-age=0/i.test(header) || rest.join('=') === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), rest.join('='));
    }
    return res;
  }

  async get(path: string): Promise<Response> {
    const res = await this.request(path);
    if ((res.headers.get('content-type') ?? '').includes('text/html')) {
      this.lastHtml = await res.clone().text();
      const token = /name="csrf-token" content="([^"]+)"/.exec(this.lastHtml)?.[1] ?? /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1];
      if (token) this.csrf = token;
    }
    return res;
  }

  async post(path: string, fields: Record<string, string | string[]>, withCsrf = true): Promise<Response> {
    const body = new URLSearchParams();
    if (withCsrf) body.append('_csrf', this.csrf);
    for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    return this.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }

  async login(username: string, password = PASSWORD): Promise<Response> {
    await this.get('/staff/login');
    const res = await this.post('/staff/login', { username, password });
    if (res.status === 303) await this.get('/staff');
    return res;
  }
}

/** A signed-in editor "eddie". */
export async function editorOf(app: StaffApp): Promise<StaffClient> {
  await app.addUser('eddie', ['editor']);
  const client = new StaffClient(app.app);
  await client.login('eddie');
  return client;
}

/** The text fields of a page's form, as a browser would send them back. */
export function formOf(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[m[1] ?? ''] = (m[2] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  for (const m of html.matchAll(/<input type="text"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) fields[m[1] ?? ''] = m[2] ?? '';
  return fields;
}
