/**
 * Content on Workers: the bundled files and model (scripts/build-workers.ts) instead of a disk and training.
 * As on Node, the database's published version wins and the bundled YAML seeds it the first time. When the
 * published intents are the bundled ones, the bundled model is loaded (no training at cold start); otherwise
 * (staff published an edit) the isolate trains once. Each isolate checks now and then whether another
 * isolate published, so a publish reaches every isolate within CONTENT_SYNC_SECONDS.
 */
import type { MiddlewareHandler } from 'hono';
import type { ContentInput } from '../../content/build-content.js';
import catalogue from '../../content/catalogue.json' with { type: 'json' };
import type { ContentBundle } from '../../content/model.js';
import type { IntentDefinition } from '../../content/schema.js';
import { LiveContent } from '../../core/live-content.js';
import type { Nlu } from '../../core/ports.js';
import type { Logger } from '../../http/logger.js';
import { loadNlu, trainNlu } from '../../nlu/index.js';
import { createAssembler, loadPublishedContent, sameIntents, stableJson, type ContentAssembler, type YamlSnapshot } from '../../staff/content-source.js';
import { createContentRepository } from '../../staff/store/content-repository.js';
import type { SqlDb } from '../../store/sql-db.js';
import { WorkersConfigError } from './config.js';
// Written by `npm run build:workers` (not committed; wrangler.toml's [build] runs it before `wrangler deploy` and
// `wrangler dev`). "Could not resolve ./generated/bundle.js" means it was not run: run `npm run build:workers`.
import bundle from './generated/bundle.js';

export interface WorkersContent {
  live: LiveContent;
  assemble: ContentAssembler;
  yaml: YamlSnapshot;
  /** docs/facts.md from the bundle, for the staff editor's facts check. */
  facts?: string;
  /** Published version in the database that this isolate serves. */
  version: number;
  /** Middleware: looks for a newer published version at most once per interval. */
  sync: MiddlewareHandler;
}

/** The migrations/*.sql names this code was built with; a bundle from before they were recorded is stale. */
export function bundledMigrations(): string[] {
  if (!Array.isArray(bundle.migrations)) throw new WorkersConfigError('bundle: src/runtime/workers/generated/bundle.js is older than the code: run npm run build:workers');
  return bundle.migrations;
}

export function checkBundleProfile(cityProfile: string): void {
  if (cityProfile !== bundle.profileName) {
    throw new WorkersConfigError(`CITY_PROFILE: the bundle was built for "${bundle.profileName}", not "${cityProfile}": run CITY_PROFILE=${cityProfile} npm run build:workers`);
  }
}

export function bundledAssembler(validateDialogs?: ContentInput['validateDialogs']): ContentAssembler {
  return createAssembler({ profile: bundle.profile, dialogs: bundle.dialogs, catalogue: catalogue as ContentInput['catalogue'], ...(validateDialogs ? { validateDialogs } : {}) });
}

/** The bundled content as assembled from the YAML (what the Worker serves before any staff publish). */
export function bundledContent(): ContentBundle {
  return bundledAssembler()(bundle.yaml.intents);
}

export async function loadWorkersContent(db: SqlDb, options: { cityProfile: string; validateDialogs: ContentInput['validateDialogs']; logger: Logger; syncMs: number; now?: () => Date }): Promise<WorkersContent> {
  checkBundleProfile(options.cityProfile);
  const now = options.now ?? (() => new Date());
  const assemble = bundledAssembler(options.validateDialogs);
  const yaml: YamlSnapshot = bundle.yaml;
  const repo = createContentRepository(db);
  const model = (content: ContentBundle, intents: IntentDefinition[]): Nlu => {
    if (sameIntents(intents, yaml.intents)) return loadNlu(bundle.model);
    const started = performance.now();
    const nlu = trainNlu(content);
    options.logger.info('nlu_trained', { intents: content.intents.length, ms: Math.round(performance.now() - started) });
    return nlu;
  };
  const published = await loadPublishedContent(repo, yaml, assemble, now());
  const live = new LiveContent(published.content, model(published.content, published.intents));
  const state = { version: published.version, checkedAt: Date.now(), running: null as Promise<void> | null };

  const refresh = async () => {
    const latest = await repo.latestVersion();
    if (!latest || latest.version === state.version) return;
    const content = assemble(latest.intents);
    // A publish or rollback in this isolate has already swapped the same content in.
    if (stableJson(content.intents) !== stableJson(live.content().intents)) live.swap(content, model(content, latest.intents));
    options.logger.info('content_synced', { version: latest.version });
    state.version = latest.version;
  };
  const sync: MiddlewareHandler = async (_c, next) => {
    if (Date.now() - state.checkedAt >= options.syncMs) {
      state.checkedAt = Date.now();
      state.running ??= refresh()
        .catch((error: unknown) => options.logger.error('content_sync_failed', { error: error instanceof Error ? error.message : String(error) }))
        .finally(() => {
          state.running = null;
        });
      await state.running;
    }
    return next();
  };
  return {
    live,
    assemble,
    yaml,
    ...(bundle.facts !== undefined ? { facts: bundle.facts } : {}),
    get version() {
      return state.version;
    },
    sync,
  };
}
