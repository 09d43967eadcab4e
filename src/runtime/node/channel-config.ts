/** Environment settings of the messenger and voice channels (Bot Framework, Direct Line), checked at start-up. */
import { DEFAULT_VOICE_RATE_LIMIT_PER_MINUTE } from '../../channels/voice/voice-rate-limit.js';
import { booleanValue, ConfigError, configProblem, integerValue } from '../env-values.js';

export interface ChannelConfig {
  /** MICROSOFT_APP_ID; empty: /api/messages is off, unless botFrameworkEmulator is set. */
  microsoftAppId: string;
  /** BOTFRAMEWORK_EMULATOR=true (development only): unauthenticated activities from a local Emulator, without MICROSOFT_APP_ID. */
  botFrameworkEmulator: boolean;
  microsoftAppPassword: string;
  /** MICROSOFT_APP_TENANT_ID for single-tenant app registrations. */
  microsoftAppTenantId: string;
  /** BOTFRAMEWORK_OPENID_METADATA_URL: where the channel's signing keys are published (default: Microsoft's). */
  botFrameworkOpenIdMetadataUrl: string | null;
  /** BOTFRAMEWORK_TOKEN_ENDPOINT: OAuth token endpoint for replies (default: Entra ID). */
  botFrameworkTokenEndpoint: string | null;
  /** Requests per minute to /api/messages per caller (the Bot Connector calls from few addresses). */
  botFrameworkRateLimitPerMinute: number;
  /** Turns per minute to /api/voice/turn per address (a telephony gateway calls for all its callers). */
  voiceRateLimitPerMinute: number;
  /** DIRECTLINE_SECRET; empty: the Direct Line endpoints are off. */
  directLineSecret: string | null;
  directLineTokenTtlSeconds: number;
  /** CONVERSATION_ID_SECRET: keys the mapping of messenger conversation ids; empty: each channel's own secret. */
  conversationIdSecret: string | null;
}

function url(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name];
  if (!raw) return null;
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    throw configProblem(name, 'must be an absolute http(s) URL', raw);
  }
  return raw;
}

const integer = (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number => integerValue(env[name], name, fallback, min, max);

export function readChannelConfig(env: NodeJS.ProcessEnv): ChannelConfig {
  const microsoftAppId = env.MICROSOFT_APP_ID?.trim() ?? '';
  const microsoftAppPassword = env.MICROSOFT_APP_PASSWORD ?? '';
  if (microsoftAppId && !microsoftAppPassword) throw new ConfigError('MICROSOFT_APP_PASSWORD: must be set when MICROSOFT_APP_ID is set, got nothing');
  const botFrameworkEmulator = booleanValue(env.BOTFRAMEWORK_EMULATOR, 'BOTFRAMEWORK_EMULATOR', false);
  // With an app id the channel authenticates every caller; an unauthenticated mode beside it would be a back door.
  if (botFrameworkEmulator && microsoftAppId) throw configProblem('BOTFRAMEWORK_EMULATOR', 'must not be true while MICROSOFT_APP_ID is set (the Emulator can sign in with the app id)', env.BOTFRAMEWORK_EMULATOR ?? '');
  const directLineSecret = env.DIRECTLINE_SECRET || null;
  if (directLineSecret && directLineSecret.length < 32) throw new ConfigError(`DIRECTLINE_SECRET: must be at least 32 characters (e.g. \`openssl rand -base64 48\`), got ${directLineSecret.length} characters`);
  const conversationIdSecret = env.CONVERSATION_ID_SECRET || null;
  if (conversationIdSecret && conversationIdSecret.length < 32) throw new ConfigError(`CONVERSATION_ID_SECRET: must be at least 32 characters (e.g. \`openssl rand -base64 48\`), got ${conversationIdSecret.length} characters`);
  return {
    microsoftAppId,
    botFrameworkEmulator,
    microsoftAppPassword,
    microsoftAppTenantId: env.MICROSOFT_APP_TENANT_ID?.trim() ?? '',
    botFrameworkOpenIdMetadataUrl: url(env, 'BOTFRAMEWORK_OPENID_METADATA_URL'),
    botFrameworkTokenEndpoint: url(env, 'BOTFRAMEWORK_TOKEN_ENDPOINT'),
    botFrameworkRateLimitPerMinute: integer(env, 'BOTFRAMEWORK_RATE_LIMIT_PER_MINUTE', 1200, 1, 10_000_000),
    voiceRateLimitPerMinute: integer(env, 'VOICE_RATE_LIMIT_PER_MINUTE', DEFAULT_VOICE_RATE_LIMIT_PER_MINUTE, 1, 10_000_000),
    directLineSecret,
    directLineTokenTtlSeconds: integer(env, 'DIRECTLINE_TOKEN_TTL_SECONDS', 3600, 60, 86_400),
    conversationIdSecret,
  };
}
