/**
 * The published content and its trained model, swapped as one value. A turn reads both once at its
 * start, so a publish never mixes old content with a new model, and in-flight turns finish on the
 * version they started with.
 */
import type { ContentBundle } from '../content/model.js';
import type { Nlu } from './ports.js';

export interface PublishedVersion {
  content: ContentBundle;
  nlu: Nlu;
  /** Increases with every swap; staff tools show it. */
  version: number;
}

export class LiveContent {
  private current: PublishedVersion;

  constructor(content: ContentBundle, nlu: Nlu) {
    this.current = { content, nlu, version: 1 };
  }

  get(): PublishedVersion {
    return this.current;
  }

  readonly content = (): ContentBundle => this.current.content;
  readonly nlu = (): Nlu => this.current.nlu;

  swap(content: ContentBundle, nlu: Nlu): PublishedVersion {
    this.current = { content, nlu, version: this.current.version + 1 };
    return this.current;
  }
}
