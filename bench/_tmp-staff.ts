import { composedApp } from '../test/support/composed-app.js';
const app = await composedApp();
for (const [ct, body] of [['application/json', JSON.stringify({ text: '1 UNION SELECT' })], ['application/json', '{'], ['text/plain', 'x'], ['application/x-www-form-urlencoded', 'username=a&password=b'], ['', '']] as const) {
  const res = await app.request('/staff/login', { method: 'POST', headers: ct ? { 'content-type': ct } : {}, body });
  console.log(ct, res.status);
}
console.log(app.logs.filter((l) => l.includes('error')).slice(0, 3).join('\n'));
await app.close();
