/** What every response to hostile input must look like: no 5xx, JSON errors naming the field, safe SSML, security headers. */
import { DOMParser } from '@xmldom/xmldom';

/** Elements our SSML may contain (src/core/ssml.ts and the dialogs' SSML); anything else was injected. */
export const SSML_ELEMENTS = new Set(['speak', 'p', 's', 'break', 'prosody', 'emphasis', 'say-as', 'sub', 'lang']);

/** Statuses whose error must name the offending field (bad input, not "no such route" or "slow down"). */
const FIELD_STATUSES = new Set([400, 413, 415, 422]);

export interface Problem {
  request: string;
  problem: string;
}

/** Parses SSML strictly; returns the problems (not well-formed, or an element that is not ours). */
export function ssmlProblems(speak: string): string[] {
  const problems: string[] = [];
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(speak, 'application/xml');
  } catch (error) {
    return [`speak is not well-formed XML: ${error instanceof Error ? error.message : String(error)}`];
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'speak') problems.push('speak has no <speak> root');
  const walk = (node: { childNodes: ArrayLike<unknown> }) => {
    for (let i = 0; i < node.childNodes.length; i += 1) {
      const child = node.childNodes[i] as { nodeType: number; localName?: string | null; childNodes: ArrayLike<unknown> };
      if (child.nodeType === 1 && !SSML_ELEMENTS.has(child.localName ?? '')) problems.push(`injected element <${child.localName}>`);
      if (child.nodeType === 7 || child.nodeType === 10) problems.push('processing instruction or doctype in speak');
      walk(child);
    }
  };
  if (root) walk(doc);
  return problems;
}

const REQUIRED_HEADERS = ['x-content-type-options', 'content-security-policy', 'referrer-policy', 'permissions-policy', 'x-request-id'];

/** The API answers in JSON; pages and the staff workspace are HTML for browsers (their errors may be HTML). */
export function isApiPath(path: string): boolean {
  return /^\/(api|v3)\/|^\/health(\?|$)/.test(path);
}

export async function responseProblems(request: string, res: Response, path = '/api/'): Promise<Problem[]> {
  const problems: Problem[] = [];
  const add = (problem: string) => problems.push({ request, problem });
  if (res.status >= 500) add(`status ${res.status}: ${(await res.clone().text()).slice(0, 300)}`);
  for (const header of REQUIRED_HEADERS) if (!res.headers.has(header)) add(`missing header ${header} (status ${res.status})`);
  const type = res.headers.get('content-type') ?? '';
  if (res.status >= 400 && !isApiPath(path)) {
    await res.arrayBuffer();
    return problems;
  }
  if (res.status >= 400) {
    if (!type.includes('application/json')) {
      add(`status ${res.status} is not JSON (${type})`);
      return problems;
    }
    const body = (await res.json()) as { error?: { code?: unknown; field?: unknown; reason?: unknown } };
    if (typeof body.error?.code !== 'string' || typeof body.error.reason !== 'string') add(`status ${res.status} without error.code and error.reason: ${JSON.stringify(body).slice(0, 200)}`);
    else if (FIELD_STATUSES.has(res.status) && (typeof body.error.field !== 'string' || body.error.field === '')) add(`status ${res.status} ${body.error.code} names no field`);
    return problems;
  }
  if (type.includes('application/json')) {
    const body = (await res.json()) as { replies?: Array<{ speak?: unknown }> };
    for (const reply of body.replies ?? []) {
      if (typeof reply.speak !== 'string') add('reply without speak');
      else for (const problem of ssmlProblems(reply.speak)) add(problem);
    }
  } else {
    await res.arrayBuffer();
  }
  return problems;
}
