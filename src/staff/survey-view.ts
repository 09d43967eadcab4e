/**
 * The needs survey as staff read it: each question and answer under its label from the dialog and the
 * catalogue (the tables hold ids such as "accessibility" and "grosse_schrift", tester-m B4), and the
 * comments, which are asked for and were shown nowhere (tester-m B3). Comments were redacted when stored and
 * are cleared after SURVEY_COMMENT_DAYS.
 */
import type { ContentBundle } from '../content/model.js';
import { surveyAnswerLabel, SURVEY_QUESTION_SLOTS } from '../dialogs/applications/umfrage/labels.js';
import type { SurveyResults } from '../store/survey-repository.js';

export interface SurveyView {
  responses: number;
  questions: Array<{ id: string; label: string; values: Array<{ value: string; label: string; count: number }> }>;
  comments: string[];
}

interface StepShape {
  slot?: unknown;
  label?: { de?: unknown };
  options?: Array<{ value?: unknown; label?: { de?: unknown } }>;
}

function surveySteps(content: ContentBundle, surveyId: string): StepShape[] {
  const dialog = content.dialogs.find((d) => (d as { id?: unknown }).id === surveyId) as { steps?: unknown } | undefined;
  return Array.isArray(dialog?.steps) ? (dialog.steps as StepShape[]) : [];
}

export function surveyView(results: SurveyResults, content: ContentBundle): SurveyView {
  const steps = surveySteps(content, results.survey);
  const questions = Object.entries(results.questions).map(([id, values]) => {
    const step = steps.find((s) => s.slot === (SURVEY_QUESTION_SLOTS[id] ?? id));
    const label = typeof step?.label?.de === 'string' ? step.label.de : id;
    const optionLabel = (value: string) => {
      const option = step?.options?.find((o) => o.value === value);
      return typeof option?.label?.de === 'string' ? option.label.de : undefined;
    };
    return { id, label, values: values.map((v) => ({ ...v, label: optionLabel(v.value) ?? surveyAnswerLabel(id, v.value) })) };
  });
  return { responses: results.responses, questions, comments: results.comments };
}
