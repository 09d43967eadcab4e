import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/content/schema.js';
import { widgetConfig } from '../../src/web/widget-config.js';
import { createWebTestApp } from './web-test-app.js';

describe('GET /api/widget-config', () => {
  it('gives the widget the city name and contact values from the profile', async () => {
    const { app } = await createWebTestApp({ retentionDays: 30 });
    const res = await app.request('/api/widget-config?city=testcity');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      city: 'testcity',
      name: 'Stadt Teststadt',
      values: { website: 'https://www.example.org', phone_central: '01234 5-0' },
      unconfirmed: [],
      retentionDays: 30,
    });
  });

  it('says clearly when the script tag names another city', async () => {
    const { app } = await createWebTestApp();
    const res = await app.request('/api/widget-config?city=koeln');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'city_not_found', field: 'city' } });
  });

  it('lists shown values the city has not confirmed, and nothing outside the widget keys', () => {
    const profile = profileSchema.parse({ id: 'x', name: 'Stadt X', values: { buergerbuero_hours_de: 'Mo 8-12', secret_internal: 'nope' }, confirm: ['buergerbuero_hours_de', 'secret_internal'] });
    const config = widgetConfig(profile, 30);
    expect(config.values).toEqual({ buergerbuero_hours_de: 'Mo 8-12' });
    expect(config.unconfirmed).toEqual(['buergerbuero_hours_de']);
  });
});
