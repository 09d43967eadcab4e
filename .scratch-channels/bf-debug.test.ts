import { it } from 'vitest';
import { botFrameworkPlugin } from '../src/channels/botframework/index.js';
import { createTestApp } from '../test/support/test-app.js';
import { startFakeBotService } from '../test/channels/support/fake-bot-service.js';
it('debug', async () => {
  const service = await startFakeBotService();
  const logger = { info: () => {}, warn: () => {}, error: (e: string, f?: unknown) => console.log('ERR', e, JSON.stringify(f)) };
  const { post } = await createTestApp({ logger, plugins: [botFrameworkPlugin({ appId: 'app1', appPassword: 'pw', openIdMetadataUrl: service.openIdMetadataUrl, tokenEndpoint: service.tokenEndpoint })] });
  const r = await post('/api/messages', { type: 'message', id: 'a1', channelId: 'msteams', serviceUrl: service.serviceUrl, conversation: { id: 'c1' }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'Hallo' }, { authorization: `Bearer ${service.channelToken({ aud: 'app1', serviceurl: service.serviceUrl })}` });
  console.log(r.status, await r.text(), service.tokenRequests.length, service.replies.length);
  await service.close();
});
