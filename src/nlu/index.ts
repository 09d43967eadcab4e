/**
 * Stadtlotse's German-first NLU. The only place in the project that imports `natural` (module by module).
 * Web-standard only: runs unchanged on Node and Cloudflare Workers.
 */
export { trainNlu, contentExamples, contentSynonyms, contentLexicon, type TrainNluOptions } from './train-nlu.js';
export { serializeNlu, loadNlu, type NluModelJson } from './serialize.js';
export { trainClassifier, DEFAULT_SEED, type TrainingExample, type ClassifierOptions } from './train.js';
export { IntentClassifier, type Classification } from './intent-classifier.js';
export { NluEngine, UNKNOWN_INTENT, DEFAULT_OOS_THRESHOLD } from './nlu-engine.js';
export { evaluatePredictions, type EvaluationReport, type IntentMetrics } from './metrics.js';
export { normalizeText, foldToken } from './normalize.js';
export type { RegionalWords } from './regional.js';
export { DEFAULT_FEATURE_CONFIG, type FeatureConfig } from './features.js';
export { DEFAULT_LINEAR_CONFIG, type LinearConfig } from './classifier.js';
