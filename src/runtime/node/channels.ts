/**
 * The messenger and voice channels on Node: Bot Framework (/api/messages), voice (/api/voice/turn),
 * Direct Line (/v3/directline, with the WebSocket stream when DIRECTLINE_SECRET is set), and their
 * rate limits.
 */
import type { MiddlewareHandler } from 'hono';
import type { Context } from 'hono';
import type { WebSocketServerLike } from '@hono/node-server';
import { botFrameworkPlugin } from '../../channels/botframework/index.js';
import { DIRECTLINE_BASE, directLinePlugin } from '../../channels/directline/index.js';
import { voicePlugin } from '../../channels/voice/index.js';
import { voiceRateLimit } from '../../channels/voice/voice-rate-limit.js';
import type { AppPlugin } from '../../http/app-context.js';
import { chatRule as chatRuleFor, rateLimit } from '../../http/middleware/rate-limit.js';
import type { NodeConfig } from './config.js';
import { createNodeWebSocket } from './websocket.js';

export interface NodeChannels {
  plugins: AppPlugin[];
  middleware: MiddlewareHandler;
  websocket?: { server: WebSocketServerLike };
}

export function nodeChannels(config: NodeConfig, clientKey: (c: Context) => string): NodeChannels {
  const settings = config.channels;
  const idSecret = settings.conversationIdSecret ? { conversationIdSecret: settings.conversationIdSecret } : {};
  const plugins: AppPlugin[] = [
    botFrameworkPlugin({
      appId: settings.microsoftAppId,
      appPassword: settings.microsoftAppPassword,
      tenantId: settings.microsoftAppTenantId,
      emulator: settings.botFrameworkEmulator,
      ...idSecret,
      ...(settings.botFrameworkOpenIdMetadataUrl ? { openIdMetadataUrl: settings.botFrameworkOpenIdMetadataUrl } : {}),
      ...(settings.botFrameworkTokenEndpoint ? { tokenEndpoint: settings.botFrameworkTokenEndpoint } : {}),
    }),
    voicePlugin(),
  ];
  const socket = settings.directLineSecret ? createNodeWebSocket() : null;
  if (settings.directLineSecret && socket) {
    plugins.push(directLinePlugin({ secret: settings.directLineSecret, allowedOrigins: config.allowedOrigins, tokenTtlSeconds: settings.directLineTokenTtlSeconds, upgradeWebSocket: socket.upgradeWebSocket, ...idSecret }));
  }

  const chatRule = chatRuleFor(config.chatRateLimitPerMinute);
  const botFramework = rateLimit({ rule: { perMinute: settings.botFrameworkRateLimitPerMinute, burst: Math.max(20, Math.round(settings.botFrameworkRateLimitPerMinute / 3)) }, clientKey });
  const voice = voiceRateLimit({ perMinute: settings.voiceRateLimitPerMinute, conversationPerMinute: config.chatRateLimitPerMinute, clientKey });
  const directLineSend = rateLimit({ rule: chatRule, clientKey });
  // Polling clients ask once a second; reads get their own, larger bucket.
  const directLineRead = rateLimit({ rule: { perMinute: 300, burst: 60 }, clientKey });
  const middleware: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    const path = c.req.path;
    if (path === '/api/messages') return botFramework(c, next);
    if (path === '/api/voice/turn') return voice(c, next);
    if (path.startsWith(`${DIRECTLINE_BASE}/`)) return (c.req.method === 'GET' ? directLineRead : directLineSend)(c, next);
    return next();
  };
  return { plugins, middleware, ...(socket ? { websocket: { server: socket.server } } : {}) };
}
