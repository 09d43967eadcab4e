import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/runtime/node/config.js';

describe('the submission webhook configuration', () => {
  it('is off by default', () => {
    expect(readConfig({}, '/tmp')).toMatchObject({ submissionWebhookUrl: null, submissionWebhookSecret: null, outboxIntervalMs: 15_000 });
  });

  it('needs a secret of at least 16 characters with the URL', () => {
    expect(() => readConfig({ SUBMISSION_WEBHOOK_URL: 'https://city.example/hook' }, '/tmp')).toThrow(ConfigError);
    expect(() => readConfig({ SUBMISSION_WEBHOOK_URL: 'https://city.example/hook', SUBMISSION_WEBHOOK_SECRET: 'short' }, '/tmp')).toThrow(/16 characters/);
    expect(readConfig({ SUBMISSION_WEBHOOK_URL: 'https://city.example/hook', SUBMISSION_WEBHOOK_SECRET: '0123456789abcdef' }, '/tmp')).toMatchObject({ submissionWebhookUrl: 'https://city.example/hook' });
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => readConfig({ SUBMISSION_WEBHOOK_URL: 'ftp://city.example', SUBMISSION_WEBHOOK_SECRET: '0123456789abcdef' }, '/tmp')).toThrow(/http/);
    expect(() => readConfig({ SUBMISSION_WEBHOOK_URL: 'not a url', SUBMISSION_WEBHOOK_SECRET: '0123456789abcdef' }, '/tmp')).toThrow(/absolute/);
  });
});
