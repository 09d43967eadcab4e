/** Turns the aggregate queries into the analytics page's tables. Counts only: no text, no person. */
import type { ContentBundle } from '../content/model.js';
import { offerableTopics } from '../core/did-you-mean.js';
import type { SurveyStore } from '../store/survey-repository.js';
import type { AnalyticsRepository, Range } from './store/analytics-repository.js';
import { surveyView, type SurveyView } from './survey-view.js';

export interface AnalyticsTables {
  range: Range;
  days: number;
  total: number;
  answered: number;
  /** Questions the assistant did not understand, and how many of them ended in a topic the citizen pressed next. */
  unknown: number;
  chosenAfterUnknown: number;
  topics: Array<{ intent: string; title: string; count: number }>;
  perDay: Array<{ day: string; total: number; answered: number }>;
  hours: Array<{ hour: number; count: number }>;
  feedback: Array<{ intent: string; up: number; down: number }>;
  /** open = started − completed − cancelled; `steps`: where the runs still in progress wait. */
  funnels: Array<{ dialog: string; title: string; started: number; cancelled: number; completed: number; open: number; steps: Array<{ step: string; phase: string; count: number }> }>;
  survey: SurveyView | null;
}

/** The needs survey (dialogs/umfrage.yaml): its answers go to the survey tables, not to submissions. */
const SURVEY_DIALOG = 'umfrage';

/** Run phases after which nothing is asked any more (src/dialogs/state.ts). */
const FINISHED = new Set(['done', 'moved']);

function localHour(utcHour: string, timeZone: string): number {
  const date = new Date(`${utcHour}:00:00Z`);
  return Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(date));
}

interface DialogInfo {
  id: string;
  title: string;
  trigger: string[];
  /** Step id -> its German label ("ort" -> "Ort der Abholung"): what the funnel shows instead of the id. */
  stepLabels: Map<string, string>;
}

function dialogInfos(content: ContentBundle): DialogInfo[] {
  return content.dialogs.flatMap((raw) => {
    const d = raw as { id?: unknown; title?: unknown; trigger?: unknown; steps?: unknown };
    if (typeof d.id !== 'string') return [];
    const title = typeof d.title === 'object' && d.title && 'de' in d.title ? String((d.title as { de: unknown }).de) : d.id;
    const steps = Array.isArray(d.steps) ? (d.steps as Array<{ slot?: unknown; label?: { de?: unknown } }>) : [];
    const stepLabels = new Map(steps.flatMap((step) => (typeof step.slot === 'string' && typeof step.label?.de === 'string' ? [[step.slot, step.label.de] as const] : [])));
    return [{ id: d.id, title, trigger: Array.isArray(d.trigger) ? d.trigger.filter((t): t is string => typeof t === 'string') : [], stepLabels }];
  });
}

export async function analyticsTables(repo: AnalyticsRepository, survey: SurveyStore, content: ContentBundle, range: Range, days: number, timeZone: string): Promise<AnalyticsTables> {
  const dialogs = dialogInfos(content);
  const triggers = [...new Set(dialogs.flatMap((d) => d.trigger))];
  const [byDay, byHour, feedback, starts, cancels, open, submissions, appointments, surveyResults, chosen, second] = await Promise.all([
    repo.questionsByDayAndTopic(range),
    repo.questionsByHour(range),
    repo.feedbackByTopic(range),
    repo.dialogStarts(range, triggers),
    repo.dialogCancels(range, triggers),
    repo.openRuns(range),
    repo.completedSubmissions(range),
    repo.bookedAppointments(range),
    survey.surveyResults('umfrage', { from: range.from.slice(0, 10), to: range.to.slice(0, 10) }).catch(() => null),
    repo.topicsChosenAfterUnknown(range),
    repo.secondTopics(range),
  ]);
  // Only topic buttons count: "help" and "a person" are buttons of the plain fallback too.
  const offered = offerableTopics(content);
  const chosenAfterUnknown = chosen.filter((row) => offered.has(row.intent)).reduce((n, row) => n + row.n, 0);
  const topicCounts = new Map<string, number>();
  const dayMap = new Map<string, { total: number; answered: number }>();
  let total = 0;
  let answered = 0;
  for (const row of byDay) {
    const intent = row.intent ?? '(Antrag/Eingabe)';
    topicCounts.set(intent, (topicCounts.get(intent) ?? 0) + row.n);
    const day = dayMap.get(row.day) ?? { total: 0, answered: 0 };
    day.total += row.n;
    total += row.n;
    if (row.intent !== 'unknown') {
      day.answered += row.n;
      answered += row.n;
    }
    dayMap.set(row.day, day);
  }
  // A message with two questions counts once among the questions and under both of its topics.
  for (const row of second) topicCounts.set(row.intent, (topicCounts.get(row.intent) ?? 0) + row.n);
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, count: 0 }));
  for (const row of byHour) {
    const bucket = hours[localHour(row.hour, timeZone)];
    if (bucket) bucket.count += row.n;
  }
  const count = (rows: Array<{ intent?: string; dialog?: string; n: number }>, key: string) => rows.find((r) => (r.intent ?? r.dialog) === key)?.n ?? 0;
  const funnels = dialogs.map((d) => {
    // A booking is one appointment row; its submission, and those of cancellations and moves, would count it
    // again (smoke18 S1). The survey stores no submission, only its anonymous response (S2).
    const completed = d.id === 'buergerbuero_termin' ? appointments : d.id === SURVEY_DIALOG ? (surveyResults?.responses ?? 0) : count(submissions, d.id);
    const started = d.trigger.reduce((n, t) => n + count(starts, t), 0);
    const cancelled = d.trigger.reduce((n, t) => n + count(cancels, t), 0);
    return {
      dialog: d.id,
      title: d.title,
      started,
      cancelled,
      completed,
      // A finished run keeps its state (phase "done", or "moved" to another device): it is not open at any step.
      open: Math.max(0, started - completed - cancelled),
      steps: open.filter((o) => o.dialog === d.id && !FINISHED.has(o.phase)).map((o) => ({ step: o.step ? (d.stepLabels.get(o.step) ?? o.step) : '(Zusammenfassung)', phase: o.phase, count: o.n })),
    };
  });
  return {
    range,
    days,
    total,
    answered,
    unknown: topicCounts.get('unknown') ?? 0,
    chosenAfterUnknown,
    topics: [...topicCounts.entries()].map(([intent, n]) => ({ intent, title: content.intentsById.get(intent)?.title.de ?? intent, count: n })).sort((a, b) => b.count - a.count),
    perDay: [...dayMap.entries()].map(([day, v]) => ({ day, ...v })).sort((a, b) => a.day.localeCompare(b.day)),
    hours,
    feedback: feedback.map((f) => ({ intent: f.intent ?? '(ohne)', up: f.up ?? 0, down: f.down ?? 0 })),
    funnels,
    survey: surveyResults && surveyResults.responses > 0 ? surveyView(surveyResults, content) : null,
  };
}
