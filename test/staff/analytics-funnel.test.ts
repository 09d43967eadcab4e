import { describe, expect, it } from 'vitest';
import type { ContentBundle } from '../../src/content/model.js';
import { analyticsTables } from '../../src/staff/analytics.js';
import type { AnalyticsRepository } from '../../src/staff/store/analytics-repository.js';
import type { SurveyStore } from '../../src/store/survey-repository.js';

/** The tester's numbers for the bulky-waste dialog: 5 started, 2 submitted, and the 2 finished runs keep their state. */
const repo = {
  questionsByDayAndTopic: async () => [],
  secondTopics: async () => [],
  questionsByHour: async () => [],
  feedbackByTopic: async () => [],
  dialogStarts: async () => [{ intent: 'sperrmuell', n: 5 }],
  dialogCancels: async () => [],
  openRuns: async () => [
    { dialog: 'sperrmuell', phase: 'done', step: null, n: 2 },
    { dialog: 'sperrmuell', phase: 'step', step: 'gegenstaende', n: 2 },
    { dialog: 'sperrmuell', phase: 'moved', step: null, n: 1 },
  ],
  topicsChosenAfterUnknown: async () => [],
  completedSubmissions: async () => [{ dialog: 'sperrmuell', n: 2 }],
  bookedAppointments: async () => 0,
} as unknown as AnalyticsRepository;

const content = { intents: [], intentsById: new Map(), dialogs: [{ id: 'sperrmuell', title: { de: 'Sperrmüll' }, trigger: ['sperrmuell'] }] } as unknown as ContentBundle;
const survey = { surveyResults: async () => null } as unknown as SurveyStore;

describe('the funnel of guided applications', () => {
  it('counts as open what was started and neither completed nor cancelled, and lists no finished run at a step', async () => {
    const tables = await analyticsTables(repo, survey, content, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, 30, 'Europe/Berlin');
    expect(tables.funnels).toEqual([{ dialog: 'sperrmuell', title: 'Sperrmüll', started: 5, cancelled: 0, completed: 2, open: 3, steps: [{ step: 'gegenstaende', phase: 'step', count: 2 }] }]);
  });
});

describe('the funnel’s open steps (tester-i C1)', () => {
  it('names a step by its label in the dialog, not by its internal id', async () => {
    const labelled = { ...content, dialogs: [{ id: 'sperrmuell', title: { de: 'Sperrmüll' }, trigger: ['sperrmuell'], steps: [{ slot: 'gegenstaende', label: { de: 'Gegenstände', en: 'Items' } }] }] } as unknown as ContentBundle;
    const tables = await analyticsTables(repo, survey, labelled, { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' }, 30, 'Europe/Berlin');
    expect(tables.funnels[0]?.steps).toEqual([{ step: 'Gegenstände', phase: 'step', count: 2 }]);
  });
});

describe('the funnel’s completions (smoke18 S1, S2)', () => {
  const range = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
  const withDialogs = { ...content, dialogs: [{ id: 'buergerbuero_termin', title: { de: 'Termin' }, trigger: ['buergerbuero_termin'] }, { id: 'umfrage', title: { de: 'Umfrage' }, trigger: ['umfrage'] }] } as unknown as ContentBundle;
  const counted = {
    ...repo,
    dialogStarts: async () => [{ intent: 'buergerbuero_termin', n: 3 }, { intent: 'umfrage', n: 1 }],
    openRuns: async () => [],
    // One booking, and the cancellation of another: both are submissions of the appointment dialog.
    completedSubmissions: async () => [{ dialog: 'buergerbuero_termin', n: 2 }],
    bookedAppointments: async () => 1,
  } as unknown as AnalyticsRepository;
  const answered = { surveyResults: async () => ({ survey: 'umfrage', responses: 1, questions: {}, comments: [] }) } as unknown as SurveyStore;

  it('counts a booking once (its appointment), not again as a submission, nor a cancellation as a completion', async () => {
    const tables = await analyticsTables(counted, answered, withDialogs, range, 30, 'Europe/Berlin');
    expect(tables.funnels.find((f) => f.dialog === 'buergerbuero_termin')).toMatchObject({ started: 3, completed: 1, open: 2 });
  });

  it('counts a finished survey as completed from its stored response', async () => {
    const tables = await analyticsTables(counted, answered, withDialogs, range, 30, 'Europe/Berlin');
    expect(tables.funnels.find((f) => f.dialog === 'umfrage')).toMatchObject({ started: 1, completed: 1, open: 0 });
  });
});
