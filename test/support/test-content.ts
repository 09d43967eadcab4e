/** A small, valid ContentBundle for pipeline and HTTP tests (the real content is tested on its own). */
import { buildContent } from '../../src/content/build-content.js';
import type { ContentBundle } from '../../src/content/model.js';

const profile = `id: testcity
name: Stadt Teststadt
values:
  website: https://www.example.org
  phone_central: 01234 5-0
`;

function faq(id: string, de: string, en: string, plain: string, extra = ''): string {
  return `id: ${id}
kind: ${id === 'begruessung' || id === 'unknown' ? 'meta' : 'faq'}
title: { de: ${id}, en: ${id} }
examples: { de: [${id}], en: [${id}] }
answer:
  de: "${de}"
  en: "${en}"
  plain: "${plain}"
${extra}`;
}

export const testIntentFiles = [
  { path: 'intents/begruessung.yaml', text: faq('begruessung', 'Guten Tag! Wie kann ich helfen?', 'Hello! How can I help?', 'Hallo! Was möchten Sie wissen?') },
  {
    path: 'intents/personalausweis.yaml',
    text: faq(
      'personalausweis',
      'Den Ausweis beantragen Sie im Bürgerbüro. Siehe {{profile.website}} & mehr <b>fett</b>.',
      'Apply for your ID card at the citizens office.',
      'Gehen Sie zum Bürgerbüro.',
      `links:
  - { title: { de: Website, en: Website }, url: "{{profile.website}}" }
suggestions:
  - { title: { de: Hallo sagen, en: Say hello }, value: "intent:begruessung" }`,
    ),
  },
  { path: 'intents/unknown.yaml', text: faq('unknown', 'Das habe ich nicht verstanden. Rufen Sie {{profile.phone_central}} an.', 'I did not understand that.', 'Das verstehe ich nicht.') },
];

export function testContent(): ContentBundle {
  return buildContent({
    profile: { path: 'profiles/testcity/profile.yaml', text: profile },
    intents: testIntentFiles,
    catalogue: { intents: [] },
  });
}
