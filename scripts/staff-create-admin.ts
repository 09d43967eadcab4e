/**
 * `npm run staff:create-admin`: creates the first staff administrator. Prompts for the user name and the
 * password (not echoed); for automation STAFF_ADMIN_USER and STAFF_ADMIN_PASSWORD are read instead.
 * There is no default password anywhere. Uses DATABASE_PATH like the server: run it with the service's value
 * (docs/DEPLOY.md), or the administrator lands in ./data/stadtlotse.sqlite and cannot log in to the service.
 * It names the database file first, before anything is typed, and again when the user is created.
 * `-- --workers` hashes with 100,000 PBKDF2 iterations, the most Cloudflare verifies, for an administrator whose
 * row is copied into D1 (docs/DEPLOY.md, "First staff administrator"); without it 600,000, as the Node server.
 */
import { createInterface } from 'node:readline';
import { stdin, stdout } from 'node:process';
import { readConfig } from '../src/runtime/node/config.js';
import { openSqliteStore } from '../src/runtime/node/open-store.js';
import { hashPassword, passwordProblem, PBKDF2_ITERATIONS, WORKERS_MAX_PBKDF2_ITERATIONS } from '../src/staff/crypto.js';
import { createStaffRepository } from '../src/staff/store/staff-repository.js';

function ask(question: string, hidden: boolean): Promise<string> {
  const rl = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
  let muted = false;
  // readline has no option to hide input: silence its echo while the password is typed.
  (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text: string) => {
    if (!muted || text.includes(question)) stdout.write(text);
  };
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      if (hidden) stdout.write('\n');
      rl.close();
      resolve(answer);
    });
    muted = hidden;
  });
}

const unknown = process.argv.slice(2).filter((arg) => arg !== '--workers');
if (unknown.length) {
  process.stderr.write(`Unbekannte Angabe: ${unknown.join(' ')}. Erlaubt ist nur --workers (für Cloudflare Workers, docs/DEPLOY.md).\n`);
  process.exit(1);
}
const iterations = process.argv.includes('--workers') ? WORKERS_MAX_PBKDF2_ITERATIONS : PBKDF2_ITERATIONS;
const config = readConfig();
if (config.databasePath === ':memory:') {
  process.stderr.write('DATABASE_PATH=:memory: ist eine Wegwerf-Datenbank. Bitte den DATABASE_PATH des Dienstes angeben.\n');
  process.exit(1);
}
stdout.write(
  process.env.DATABASE_PATH
    ? `Datenbank: ${config.databasePath}\n`
    : `Datenbank: ${config.databasePath} (DATABASE_PATH ist nicht gesetzt: das ist die Datei von "npm start" im Projektordner, nicht die eines Dienstes mit eigenem DATABASE_PATH)\n`,
);
const username = (process.env.STAFF_ADMIN_USER ?? (await ask('Benutzername der Administration: ', false))).trim().toLowerCase();
if (!/^[a-z0-9._-]{3,40}$/.test(username)) {
  process.stderr.write('Der Benutzername braucht 3–40 Zeichen aus a–z, 0–9, . _ -\n');
  process.exit(1);
}
let password = process.env.STAFF_ADMIN_PASSWORD;
if (password === undefined) {
  password = await ask('Passwort (mindestens 12 Zeichen, wird nicht angezeigt): ', true);
  const again = await ask('Passwort wiederholen: ', true);
  if (again !== password) {
    process.stderr.write('Die Passwörter stimmen nicht überein.\n');
    process.exit(1);
  }
}
const problem = passwordProblem(password);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}

const store = await openSqliteStore(config.databasePath);
try {
  const repo = createStaffRepository(store.db);
  if (await repo.userByName(username)) {
    process.stderr.write(`Den Benutzer "${username}" gibt es schon. Passwörter ändert ein Admin unter /staff/users.\n`);
    process.exitCode = 1;
  } else {
    const at = new Date().toISOString();
    await repo.createUser(
      { id: crypto.randomUUID(), username, roles: ['admin'], passwordHash: await hashPassword(password, iterations), active: true, createdAt: at, updatedAt: at },
      { at, userId: null, username: 'staff:create-admin', action: 'user.create', target: `user:${username}`, after: { username, roles: ['admin'] } },
    );
    stdout.write(`Administrator "${username}" angelegt in ${config.databasePath}. Anmelden unter /staff/login; weitere Rollen (editor, clerk) unter /staff/users.\n`);
    if (iterations !== PBKDF2_ITERATIONS) stdout.write(`Passwort mit ${iterations.toLocaleString('de-DE')} PBKDF2-Iterationen gespeichert (Höchstwert auf Cloudflare Workers).\n`);
  }
} finally {
  await store.close();
}
