/**
 * Direct Line activity history, per conversation, in memory: what polling clients fetch by watermark
 * and what the WebSocket stream pushes. Bounded (conversations, activities per conversation) and
 * expiring after inactivity. It is a delivery buffer, not the record: the transcript lives in the
 * store. Single-process only; on Workers this would be a Durable Object per conversation.
 */
import type { Activity } from '../activity.js';

export interface ActivityLogOptions {
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  /** A conversation without activity for this long is dropped. */
  idleMs?: number;
  now?: () => number;
}

export interface ActivitySet {
  activities: Activity[];
  watermark: string;
}

type Listener = (set: ActivitySet) => void;

interface Entry {
  seq: number;
  activities: Array<{ seq: number; activity: Activity }>;
  listeners: Set<Listener>;
  touched: number;
}

export class ActivityLog {
  private readonly entries = new Map<string, Entry>();
  private readonly maxConversations: number;
  private readonly maxActivities: number;
  private readonly idleMs: number;
  private readonly now: () => number;

  constructor(options: ActivityLogOptions = {}) {
    this.maxConversations = options.maxConversations ?? 10_000;
    this.maxActivities = options.maxActivitiesPerConversation ?? 200;
    this.idleMs = options.idleMs ?? 2 * 60 * 60_000;
    this.now = options.now ?? (() => Date.now());
  }

  get size(): number {
    return this.entries.size;
  }

  private entry(conversationId: string): Entry {
    const at = this.now();
    this.evict(at);
    const existing = this.entries.get(conversationId);
    const entry = existing ?? { seq: 0, activities: [], listeners: new Set<Listener>(), touched: at };
    entry.touched = at;
    // Re-inserting keeps the map ordered by last use, so eviction takes the oldest first.
    this.entries.delete(conversationId);
    this.entries.set(conversationId, entry);
    if (this.entries.size > this.maxConversations) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined && oldest !== conversationId) this.entries.delete(oldest);
    }
    return entry;
  }

  private evict(at: number): void {
    for (const [id, entry] of this.entries) {
      if (at - entry.touched < this.idleMs) break;
      if (entry.listeners.size > 0) continue;
      this.entries.delete(id);
    }
  }

  /** Stores the activity with the next id ("<conversation>|0000001") and tells the stream listeners. */
  append(conversationId: string, activity: Omit<Activity, 'id'>): Activity {
    const entry = this.entry(conversationId);
    const seq = ++entry.seq;
    const stored = { ...activity, id: `${conversationId}|${String(seq).padStart(7, '0')}` } as Activity;
    entry.activities.push({ seq, activity: stored });
    if (entry.activities.length > this.maxActivities) entry.activities.splice(0, entry.activities.length - this.maxActivities);
    const set = { activities: [stored], watermark: String(seq) };
    for (const listener of entry.listeners) listener(set);
    return stored;
  }

  /** Activities after the watermark (all when none is given). */
  since(conversationId: string, watermark?: string): ActivitySet {
    const entry = this.entry(conversationId);
    const after = watermark && /^\d+$/.test(watermark) ? Number(watermark) : 0;
    return { activities: entry.activities.filter((item) => item.seq > after).map((item) => item.activity), watermark: String(entry.seq) };
  }

  /** The citizen's activity with this clientActivityID (Web Chat's own id of a message), while it is kept. */
  findByClientId(conversationId: string, clientActivityId: string, matches: (activity: Activity) => boolean = () => true): Activity | undefined {
    return this.entries.get(conversationId)?.activities.find(({ activity }) => activity.from?.role === 'user' && activity.channelData?.clientActivityID === clientActivityId && matches(activity))?.activity;
  }

  /** True when a bot reply to this activity is kept. */
  hasReplyTo(conversationId: string, activityId: string): boolean {
    return this.entries.get(conversationId)?.activities.some(({ activity }) => activity.replyToId === activityId) ?? false;
  }

  /**
   * The conversation was erased ("Lösch meine Daten"): its messages go from the history too, except the ones
   * named (the citizen's confirming "ja", so Web Chat marks it as sent). Watermarks go on counting, so a client
   * polling with its last watermark still gets what comes next.
   */
  erase(conversationId: string, keepIds: readonly string[] = []): void {
    const entry = this.entries.get(conversationId);
    if (entry) entry.activities = entry.activities.filter(({ activity }) => activity.id !== undefined && keepIds.includes(activity.id));
  }

  subscribe(conversationId: string, listener: Listener): () => void {
    const entry = this.entry(conversationId);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
    };
  }
}
