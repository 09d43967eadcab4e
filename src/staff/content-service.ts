/**
 * The content workflow behind the editor: the draft, its trained model (cached per draft state), the
 * regression check, publishing (the checked model goes live by an atomic swap, no restart), rollback (retrain +
 * swap) and YAML import.
 */
import { ContentError } from '../content/content-error.js';
import type { ContentBundle, ContentProblem } from '../content/model.js';
import type { IntentDefinition } from '../content/schema.js';
import { AppError } from '../core/app-error.js';
import type { LiveContent } from '../core/live-content.js';
import type { Nlu } from '../core/ports.js';
import { trainNlu } from '../nlu/index.js';
import { rebaseDraft } from './draft-rebase.js';
import { stableJson, yamlImportPending, type ContentAssembler, type YamlSnapshot } from './content-source.js';
import { diffIntentSets, isEmptyDiff, type IntentSetDiff } from './diff.js';
import { checkDraft, errorsOf, type DraftCheck } from './editorial-check.js';
import { compareVersions, crossValidateIntents, withLossLimit, type CrossValidation, type RegressionReport } from './regression.js';
import type { ContentRepository, ContentVersion } from './store/content-repository.js';
import type { AuditInput } from './store/staff-repository.js';

export interface Actor {
  id: string;
  username: string;
}

export interface ContentServiceDeps {
  repo: ContentRepository;
  live: LiveContent;
  assemble: ContentAssembler;
  train?: (content: ContentBundle) => Nlu;
  yaml?: YamlSnapshot;
  maxLossPoints: () => Promise<number>;
  now: () => Date;
  /** docs/facts.md as text, for the editorial check (see StaffOptions.facts). */
  facts?: string;
}

/** trainMs: how long training that model took, whenever it ran (the check before a publish trains the draft). */
export type DraftModel = { ok: true; content: ContentBundle; nlu: Nlu; trainMs: number } | { ok: false; problems: ContentProblem[] };

/**
 * trainMs: training of the model that went live, whenever it ran (a model the check trained is reused, and its
 * time counts); swapMs: storing the version and swapping it live; liveMs: time spent in the call; retrained:
 * whether the call trained (false when the check had trained the same draft).
 */
export interface GoLiveTimes {
  version: number;
  trainMs: number;
  swapMs: number;
  liveMs: number;
  retrained: boolean;
}

export type PublishResult =
  | ({ status: 'published'; report: RegressionReport | null } & GoLiveTimes)
  | { status: 'blocked'; report: RegressionReport }
  /** The draft breaks a rule of the editorial check (content:check): no confirmation publishes it. */
  | { status: 'refused'; check: DraftCheck };

/** cyrb53: a fast, well-distributed 53-bit string hash; the cache key of an intent set. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A short fingerprint of a text ("" for an empty one): the editor's form carries one per field (edit-merge.ts). */
export function textHash(text: string): string {
  return text ? hash(text) : '';
}

/** What the editor's form carries of the stored draft intent it was loaded from ("" when none is stored). */
export function draftToken(definition: string | null | undefined): string {
  return definition ? hash(definition) : '';
}

export interface PendingChange {
  id: string;
  /** Who saved the intent last (null: removed from the draft). */
  by: string | null;
}

export function intentSetKey(intents: IntentDefinition[]): string {
  return hash(stableJson([...intents].sort((a, b) => a.id.localeCompare(b.id))));
}

export function createContentService(deps: ContentServiceDeps) {
  const train = deps.train ?? ((content: ContentBundle) => trainNlu(content));
  let modelCache: { key: string; model: DraftModel } | null = null;
  const cvCache = new Map<string, CrossValidation>();
  let reportCache: { key: string; report: RegressionReport } | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  /** One publish, rollback or import at a time, in order. */
  function exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function crossValidation(intents: IntentDefinition[]): Promise<CrossValidation> {
    const key = intentSetKey(intents);
    let cv = cvCache.get(key);
    if (!cv) {
      cv = await crossValidateIntents(intents, deps.live.content().profile.regional_words);
      if (cvCache.size >= 6) cvCache.delete(cvCache.keys().next().value as string);
      cvCache.set(key, cv);
    }
    return cv;
  }

  /** Assembles and trains; throws ContentError when the intents do not make valid content. */
  function trainModel(intents: IntentDefinition[]): DraftModel & { ok: true } {
    const started = performance.now();
    const content = deps.assemble(intents);
    const nlu = train(content);
    return { ok: true, content, nlu, trainMs: performance.now() - started };
  }

  /** key: intentSetKey(intents), passed in by callers that need it too (hashing the content takes 6-16 ms). */
  function build(intents: IntentDefinition[], key = intentSetKey(intents)): DraftModel {
    if (modelCache?.key === key) return modelCache.model;
    let model: DraftModel;
    try {
      model = trainModel(intents);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      model = { ok: false, problems: error.problems };
    }
    modelCache = { key, model };
    return model;
  }

  /**
   * The editorial rules of content:check over the whole draft (the profile is the live one: staff do not edit it).
   * About 90 ms on the Düren content, so the publish reuses the verdict of the check before it.
   */
  let editorialCache: { key: string; check: DraftCheck } | null = null;
  /** `diff`: against the published version; its added and changed intents get the fact advice (re-test N5). */
  function editorial(intents: IntentDefinition[], key: string, diff: IntentSetDiff): DraftCheck {
    const pending = [...diff.added, ...diff.changed.map((change) => change.id)].sort();
    const cacheKey = `${key}|${pending.join(',')}`;
    if (editorialCache?.key !== cacheKey) editorialCache = { key: cacheKey, check: checkDraft(intents, deps.live.content().profile, deps.facts, undefined, new Set(pending)) };
    return editorialCache.check;
  }

  async function published(): Promise<ContentVersion> {
    const latest = await deps.repo.latestVersion();
    if (!latest) throw new AppError(503, 'no_content', 'Es gibt noch keine veröffentlichte Version.');
    return latest;
  }

  async function draftIntents(): Promise<IntentDefinition[]> {
    const draft = await deps.repo.draft();
    if (draft.length > 0) return draft.map((d) => d.intent);
    return (await published()).intents;
  }

  /**
   * The report of the check is reused by the publish that follows it: classifying every stored utterance with
   * both models takes longer than the publish itself (about 1.4 s for 4,800 utterances).
   */
  async function regression(draft: IntentDefinition[], model: DraftModel & { ok: true }, draftKey = intentSetKey(draft)): Promise<RegressionReport> {
    const current = await published();
    const key = `${intentSetKey(current.intents)}|${draftKey}`;
    const maxLossPoints = await deps.maxLossPoints();
    if (reportCache?.key === key) return { ...reportCache.report, ...withLossLimit(reportCache.report.lossPoints, maxLossPoints, reportCache.report.collapsed) };
    // Each step below hands the event loop back between folds and batches (letOthersRun), so citizens' turns are
    // served during a check of several seconds; the longest wait is now one training.
    const report = await compareVersions({
      publishedIntents: current.intents,
      draftIntents: draft,
      publishedCv: await crossValidation(current.intents),
      draftCv: await crossValidation(draft),
      publishedNlu: deps.live.nlu(),
      draftNlu: model.nlu,
      maxLossPoints,
    });
    reportCache = { key, report };
    return report;
  }

  /**
   * Stores the version and swaps the trained model live; the DB write comes before the swap. A publish passes
   * the model the check trained on the same draft: training is deterministic, so a second training would give
   * the same model and only block the event loop (and every citizen's turn) once more.
   */
  async function goLive(
    intents: IntentDefinition[],
    key: string,
    model: DraftModel & { ok: true },
    meta: { source: 'publish' | 'rollback'; note: string | null; resetDraft: boolean; draftAfter?: IntentDefinition[] },
    actor: Actor,
    audit: Omit<AuditInput, 'at' | 'userId' | 'username'>,
  ): Promise<{ version: number; swapMs: number }> {
    const started = performance.now();
    const at = deps.now().toISOString();
    const version = await deps.repo.publish(intents, { ...meta, at, by: actor.username }, { ...audit, at, userId: actor.id, username: actor.username });
    deps.live.swap(model.content, model.nlu);
    modelCache = { key, model };
    return { version, swapMs: performance.now() - started };
  }

  return {
    published,
    draftIntents,
    async draftState(): Promise<{ intents: IntentDefinition[]; diff: IntentSetDiff; published: ContentVersion; yamlPending: boolean }> {
      const [intents, current] = await Promise.all([draftIntents(), published()]);
      return { intents, diff: diffIntentSets(current.intents, intents), published: current, yamlPending: yamlImportPending(deps.yaml, current) };
    },
    async draftModel(): Promise<DraftModel> {
      return build(await draftIntents());
    },
    async check(): Promise<{ diff: IntentSetDiff; model: DraftModel; report: RegressionReport | null; editorial: DraftCheck }> {
      const draft = await draftIntents();
      const key = intentSetKey(draft);
      const model = build(draft, key);
      const diff = diffIntentSets((await published()).intents, draft);
      return { diff, model, report: model.ok ? await regression(draft, model, key) : null, editorial: editorial(draft, key, diff) };
    },
    publish(actor: Actor, options: { confirmed: boolean; note: string | null }): Promise<PublishResult> {
      return exclusive(async () => {
        const draft = await draftIntents();
        const current = await published();
        const diff = diffIntentSets(current.intents, draft);
        if (isEmptyDiff(diff)) throw new AppError(409, 'nothing_to_publish', 'Der Entwurf entspricht der veröffentlichten Version.');
        const started = performance.now();
        const key = intentSetKey(draft);
        // Drafts saved before the editor checked, examples taken over from the inbox and YAML imports meet the rules here.
        const rules = editorial(draft, key, diff);
        if (errorsOf(rules).length > 0) return { status: 'refused', check: rules };
        const checked = modelCache?.key === key;
        const model = build(draft, key);
        if (!model.ok) throw new AppError(422, 'invalid_content', `Der Entwurf ist ungültig: ${model.problems.map((p) => `${p.file} ${p.path}: ${p.reason}`).join('; ')}`);
        const report = await regression(draft, model, key);
        if (report.blocked && !options.confirmed) return { status: 'blocked', report };
        const { version, swapMs } = await goLive(draft, key, model, { source: 'publish', note: options.note, resetDraft: false }, actor, {
          action: 'content.publish',
          target: `version:${current.version + 1}`,
          before: { version: current.version },
          after: { diff, lossPoints: report.lossPoints, confirmedRegression: report.blocked && options.confirmed },
        });
        // Without a check before, this call trained the draft (and ran its cross-validation): that is in liveMs.
        return { status: 'published', version, trainMs: model.trainMs, swapMs, liveMs: performance.now() - started, retrained: !checked, report };
      });
    },
    /** What a rollback would keep: the draft's unpublished changes, by intent, with who saved them last. */
    async pendingChanges(): Promise<PendingChange[]> {
      const [rows, current] = await Promise.all([deps.repo.draft(), published()]);
      const by = new Map(rows.map((row) => [row.intent.id, row.updatedBy]));
      const diff = diffIntentSets(current.intents, rows.length > 0 ? rows.map((row) => row.intent) : current.intents);
      return [...diff.added, ...diff.changed.map((change) => change.id), ...diff.removed].sort().map((id) => ({ id, by: by.get(id) ?? null }));
    },
    /**
     * Publishes an old version again as a new version (history stays linear). The draft becomes that version
     * plus the draft's unpublished changes (colleagues' saves, examples taken over from the inbox): a rollback
     * takes back what was published, not work that never went live.
     */
    rollback(actor: Actor, version: number): Promise<GoLiveTimes & { keptDraftChanges: string[] }> {
      return exclusive(async () => {
        const target = await deps.repo.getVersion(version);
        if (!target) throw new AppError(404, 'version_not_found', `Version ${version} gibt es nicht.`);
        const current = await published();
        const started = performance.now();
        const model = trainModel(target.intents);
        const { draft: draftAfter, kept } = rebaseDraft(target.intents, current.intents, await draftIntents());
        const live = await goLive(target.intents, intentSetKey(target.intents), model, { source: 'rollback', note: `Zurück auf Version ${version}`, resetDraft: true, draftAfter }, actor, {
          action: 'content.rollback',
          target: `version:${version}`,
          before: { version: current.version },
          after: { restored: version, diff: diffIntentSets(current.intents, target.intents), keptDraftChanges: kept },
        });
        return { ...live, trainMs: model.trainMs, liveMs: performance.now() - started, retrained: true, keptDraftChanges: kept };
      });
    },
    yamlSnapshot: () => deps.yaml,
    importYaml(actor: Actor): Promise<IntentSetDiff> {
      return exclusive(async () => {
        if (!deps.yaml) throw new AppError(404, 'no_yaml', 'Es gibt keine YAML-Dateien zum Importieren.');
        const before = await draftIntents();
        const diff = diffIntentSets(before, deps.yaml.intents);
        const at = deps.now().toISOString();
        await deps.repo.replaceDraft(deps.yaml.intents, at, actor.username, { at, userId: actor.id, username: actor.username, action: 'content.import_yaml', target: 'draft', before: { intents: before.length }, after: { diff } });
        return diff;
      });
    },
  };
}

export type ContentService = ReturnType<typeof createContentService>;
