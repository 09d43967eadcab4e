/**
 * What a citizen's message activity carries, for Bot Framework and Direct Line alike: the words or pressed
 * button (activity.ts), and what the core cannot read as words: a photo, a file or voice message, a shared
 * location. Also the messenger commands Telegram sends by itself ("/start" on the first contact).
 */
import type { Locale } from '../core/types.js';
import { turnTextFromActivity, type Activity } from './activity.js';
import { dayFirstDates } from './us-dates.js';

export type TurnInputPart = { text: string } | { action: string };

/** Something that is not text: an image (photos, stickers) or any other file (documents, voice messages). */
export type Media = 'photo' | 'file';

export interface Inbound {
  input: TurnInputPart | null;
  media?: Media;
  location?: { lat: number; lon: number };
}

// "/start", "/start@StadtlotseBot", "/start <deep-link payload>": Telegram sends it when a citizen opens the bot.
const COMMAND = /^\/([a-z]+)(?:@\S+)?(?:\s.*)?$/is;

function command(input: TurnInputPart | null, locale: Locale | undefined): TurnInputPart | null {
  if (!input || !('text' in input)) return input;
  const name = COMMAND.exec(input.text)?.[1]?.toLowerCase();
  if (name === 'start') return { action: 'intent:begruessung' };
  // As words, so a running application answers it with the help for its question.
  if (name === 'help' || name === 'hilfe') return { text: locale === 'en' ? 'help' : 'Hilfe' };
  return input;
}

// Cards and the HTML copy of a message's text (Teams sends one with every formatted message) are no media.
const NOT_MEDIA = /^(text\/|application\/vnd\.microsoft\.card\.|application\/vnd\.microsoft\.teams\.card\.)/i;

function mediaOf(activity: Activity): Media | undefined {
  const types = (Array.isArray(activity.attachments) ? activity.attachments : [])
    .map((attachment) => (attachment && typeof attachment.contentType === 'string' ? attachment.contentType : ''))
    .filter((type) => type && !NOT_MEDIA.test(type));
  if (types.length === 0) return undefined;
  return types.some((type) => /^image\//i.test(type)) ? 'photo' : 'file';
}

/** The value as a plain object, or undefined: activities come from outside and may hold anything. */
export function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function coordinate(value: unknown): number {
  return typeof value === 'number' ? value : typeof value === 'string' && /^-?\d{1,3}(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
}

function coordinates(lat: unknown, lon: unknown): { lat: number; lon: number } | undefined {
  const [a, b] = [coordinate(lat), coordinate(lon)];
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) <= 90 && Math.abs(b) <= 180 ? { lat: a, lon: b } : undefined;
}

/**
 * A shared location: a Bot Framework `Place` (or `GeoCoordinates`) entity, Telegram's `message.location` and
 * Facebook's location attachment as the Bot Service passes them on in channelData.
 */
function locationOf(activity: Activity): { lat: number; lon: number } | undefined {
  for (const entity of Array.isArray(activity.entities) ? (activity.entities as unknown[]) : []) {
    const e = record(entity);
    const geo = e?.type === 'Place' ? record(e.geo) : e?.type === 'GeoCoordinates' ? e : undefined;
    const found = geo ? coordinates(geo.latitude, geo.longitude) : undefined;
    if (found) return found;
  }
  const message = record(activity.channelData?.message);
  const telegram = record(message?.location);
  if (telegram) return coordinates(telegram.latitude, telegram.longitude);
  for (const attachment of Array.isArray(message?.attachments) ? (message.attachments as unknown[]) : []) {
    const a = record(attachment);
    const at = a?.type === 'location' ? record(record(a.payload)?.coordinates) : undefined;
    if (at) return coordinates(at.lat, at.long);
  }
  return undefined;
}

export function readInbound(activity: Activity, locale: Locale | undefined): Inbound {
  // A postBack's value as a plain string ("arbeit") is a pressed button, like { action: "arbeit" }.
  const value = typeof activity.value === 'string' && activity.value.trim() ? { action: activity.value } : activity.value;
  const read = command(turnTextFromActivity({ ...activity, value }), locale);
  const input = read && 'text' in read ? { text: dayFirstDates(read.text, activity.locale) } : read;
  const media = mediaOf(activity);
  const location = locationOf(activity);
  return { input, ...(media ? { media } : {}), ...(location ? { location } : {}) };
}
