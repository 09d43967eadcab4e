/** Dialog files are checked when content loads: schema, trigger intents, step references and code names. */
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../src/content/build-content.js';
import { ContentError } from '../../src/content/content-error.js';
import type { ContentProblem } from '../../src/content/model.js';
import { createDefaultRegistry } from '../../src/dialogs/applications.js';
import { createDialogValidator } from '../../src/dialogs/validate-content.js';
import { testIntentFiles } from '../support/test-content.js';

const profile = { path: 'profiles/t/profile.yaml', text: 'id: t\nname: Stadt T\nvalues:\n  phone_central: "0"\n  website: https://www.example.org\n' };
const text = `{ de: Frage, en: Question, plain: Frage }`;

function dialog(overrides: string): string {
  return `id: test
title: { de: Test, en: Test }
trigger: [personalausweis]
intro: ${text}
summary: { intro: ${text}, confirm: ${text} }
completion: wohngeld_antrag
submission: { type: test }
handoff: ${text}
${overrides}`;
}

function problems(yaml: string): ContentProblem[] {
  try {
    buildContent({ profile, intents: testIntentFiles, dialogs: [{ path: 'dialogs/test.yaml', text: yaml }], catalogue: { intents: [] }, validateDialogs: createDialogValidator(createDefaultRegistry()) });
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const step = (extra = '') => `  - { slot: a, type: integer, label: { de: A, en: A }, prompt: ${text}${extra} }`;

describe('dialog content validation', () => {
  it('accepts a valid dialog', () => {
    expect(problems(dialog(`steps:\n${step()}`))).toEqual([]);
  });

  it.each([
    ['an unknown trigger intent', dialog(`steps:\n${step()}`).replace('[personalausweis]', '[gibtsnicht]'), 'trigger.0', /gibtsnicht.*does not exist/],
    ['an unregistered completion handler', dialog(`steps:\n${step()}`).replace('wohngeld_antrag', 'fehlt'), 'completion', /no completion handler "fehlt"/],
    ['an unregistered validator', dialog(`steps:\n${step(', validate: { validator: fehlt }')}`), 'steps.0.validate.validator', /no validator "fehlt"/],
    ['unregistered step logic', dialog(`steps:\n${step(', logic: fehlt')}`), 'steps.0.logic', /no step logic "fehlt"/],
    ['a condition on a later step', dialog(`steps:\n${step(', when: { slot: b, equals: 1 }')}\n  - { slot: b, type: integer, label: { de: B, en: B }, prompt: ${text} }`), 'steps.0.when.slot', /not an earlier step/],
    ['an enum without options', dialog(`steps:\n  - { slot: a, type: enum, label: { de: A, en: A }, prompt: ${text} }`), 'steps.0.options', /needs options/],
    ['a missing English prompt', dialog(`steps:\n  - { slot: a, type: text, label: { de: A, en: A }, prompt: { de: x, plain: x } }`), 'steps.0.prompt.en', /./],
    ['a bad pattern', dialog(`steps:\n${step(', validate: { pattern: "(" }')}`), 'steps.0.validate.pattern', /regular expression/],
    ['a prefill default that is no option', dialog(`steps:\n  - { slot: a, type: enum, label: { de: A, en: A }, prompt: ${text}, prefill: true, prefill_default: x, options: [{ value: y, label: { de: Y, en: Y } }] }`), 'steps.0.prefill_default', /"x" is not an option/],
  ])('reports %s with file, path and reason', (_name, yaml, path, reason) => {
    const found = problems(yaml);
    expect(found.length).toBeGreaterThan(0);
    const problem = found.find((p) => p.path === path);
    expect(problem, JSON.stringify(found)).toBeDefined();
    expect(problem?.file).toBe('dialogs/test.yaml');
    expect(problem?.reason).toMatch(reason);
  });

  it('accepts the shipped Wohngeld dialog with the real intents', async () => {
    const { realContent } = await import('./harness.js');
    const { content } = await realContent();
    expect((content.dialogs as Array<{ id: string }>).map((d) => d.id)).toEqual(['wohngeld']);
  });
});
