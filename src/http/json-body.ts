/**
 * Reads a JSON request body and validates it with a zod schema; every failure is an AppError naming the field.
 * Strings come without control characters (control-characters.ts), so none reaches storage.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../core/app-error.js';
import { parseJsonWithoutControl } from './control-characters.js';

export const MAX_BODY_BYTES = 16 * 1024;

export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError(415, 'unsupported_media_type', 'Send the body as application/json.', { field: 'content-type' });
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_BODY_BYTES) throw tooLarge();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError(400, 'invalid_encoding', 'The body is not valid UTF-8.', { field: 'body', cause });
  }
  let raw: unknown;
  try {
    // Every JSON input (chat, voice, Bot Framework, Direct Line, feedback) loses its control characters here.
    raw = parseJsonWithoutControl(text);
  } catch (cause) {
    throw new AppError(400, 'invalid_json', 'The body is not valid JSON.', { field: 'body', cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // An unknown key is the field; an empty or huge key ("" or 10 KB) still yields a usable name.
    const unknownKeys = issue?.code === 'unrecognized_keys' ? issue.keys.filter(Boolean).join(',').slice(0, 100) : '';
    const field = (issue ? issue.path.map(String).join('.').slice(0, 100) : '') || unknownKeys || 'body';
    throw new AppError(400, 'invalid_field', issue?.message ?? 'Invalid body.', { field });
  }
  return parsed.data as z.infer<S>;
}

function tooLarge(): AppError {
  return new AppError(413, 'body_too_large', `The body must be at most ${MAX_BODY_BYTES} bytes.`, { field: 'body' });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw new AppError(400, 'invalid_id', 'Must be a conversation id (UUID).', { field });
  return value.toLowerCase();
}
