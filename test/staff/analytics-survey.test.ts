/**
 * The needs survey on the analytics page: answers under their names, not their ids (tester-m B4), and the
 * comments the survey asks for, which staff could not read anywhere (tester-m B3).
 */
import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../src/content/model.js';
import { analyticsTables } from '../../src/staff/analytics.js';
import type { AnalyticsRepository } from '../../src/staff/store/analytics-repository.js';
import type { SurveyStore } from '../../src/store/survey-repository.js';

const none = async () => [];
const repo = {
  questionsByDayAndTopic: none,
  secondTopics: none,
  questionsByHour: none,
  feedbackByTopic: none,
  dialogStarts: none,
  dialogCancels: none,
  openRuns: none,
  topicsChosenAfterUnknown: none,
  completedSubmissions: none,
  bookedAppointments: async () => 0,
} as unknown as AnalyticsRepository;

const content = {
  intents: [],
  intentsById: new Map(),
  dialogs: [
    {
      id: 'umfrage',
      title: { de: 'Umfrage' },
      trigger: ['umfrage'],
      steps: [
        { slot: 'dienste', label: { de: 'Wichtige Leistungen' } },
        { slot: 'kanal', label: { de: 'Liebster Weg zur Stadt' }, options: [{ value: 'chat', label: { de: 'Chat' } }, { value: 'vor_ort', label: { de: 'Vor Ort im Bürgerbüro' } }] },
        { slot: 'barrierefreiheit', label: { de: 'Barrierefreiheit' } },
      ],
    },
  ],
} as unknown as ContentBundle;

const survey = {
  surveyResults: async () => ({
    survey: 'umfrage',
    responses: 2,
    questions: {
      accessibility: [{ value: 'grosse_schrift', count: 1 }, { value: 'keine', count: 1 }],
      channel: [{ value: 'vor_ort', count: 2 }],
      services: [{ value: 'wohngeld', count: 2 }],
    },
    comments: ['The website is hard to use on my phone'],
  }),
} as unknown as SurveyStore;

describe('the needs survey on the analytics page', () => {
  it('names questions and answers as the survey asked them, and lists the comments', async () => {
    const tables = await analyticsTables(repo, survey, content, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, 30, 'Europe/Berlin');
    const byId = new Map(tables.survey?.questions.map((q) => [q.id, q]));
    expect(byId.get('accessibility')).toMatchObject({ label: 'Barrierefreiheit', values: [{ label: 'Große Schrift' }, { label: 'Keine' }] });
    expect(byId.get('channel')).toMatchObject({ label: 'Liebster Weg zur Stadt', values: [{ value: 'vor_ort', label: 'Vor Ort im Bürgerbüro', count: 2 }] });
    expect(byId.get('services')?.values[0]?.label).toBe('Wohngeld');
    expect(tables.survey?.comments).toEqual(['The website is hard to use on my phone']);
  });
});
