/**
 * The trained model as JSON, so a build step can train once and Workers only load. Weights are stored as
 * little-endian float16 in base64 (training rounds them to float16, so a round trip is exact: the same
 * parse results); the IDF vector as float32.
 */
import { z } from 'zod';
import type { Nlu } from '../core/ports.js';
import { fromHalfArray, toHalfArray } from './half-float.js';
import { IntentClassifier } from './intent-classifier.js';
import type { LexiconData } from './lexicon.js';
import { NluEngine } from './nlu-engine.js';

export const MODEL_FORMAT = 'stadtlotse-nlu';
export const MODEL_VERSION = 4;

const modelSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  threshold: z.number().min(0).max(1),
  /** Topic intents (NluEngineOptions.topics); models written before they existed have none. */
  topics: z.array(z.string()).optional(),
  classifier: z.object({
    featureConfig: z.object({
      charMin: z.number().int().min(1),
      charMax: z.number().int().min(1),
      wordWeight: z.number(),
      bigramWeight: z.number(),
      charWeight: z.number(),
      stopwordWeight: z.number(),
      crossWordChars: z.boolean(),
      keepSynonymSource: z.boolean(),
      bothStems: z.boolean(),
      idf: z.boolean(),
      separableVerbs: z.boolean().default(false),
    }),
    lexicon: z.object({
      vocabulary: z.array(z.string()),
      synonyms: z.array(z.tuple([z.string(), z.string()])),
      languages: z.object({ de: z.array(z.string()), en: z.array(z.string()) }),
      regional: z.array(z.tuple([z.string(), z.string()])).optional(),
      outOfScope: z.array(z.string()).optional(),
    }),
    featureNames: z.array(z.string()),
    intents: z.array(z.string()).min(1),
    temperature: z.number().positive(),
    bias: z.array(z.number()),
    /** float16, feature-major (features x intents). */
    weights: z.string(),
    /** float32; present when featureConfig.idf is. */
    idf: z.string().optional(),
  }),
});

export type NluModelJson = z.infer<typeof modelSchema>;

// Typed arrays are platform-endian; the format is little-endian, so big-endian platforms swap bytes.
const LITTLE_ENDIAN = new Uint8Array(Float32Array.of(1).buffer)[3] === 0x3f;

function encode(values: Float32Array | Uint16Array): string {
  const bytes = new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
  const size = values.BYTES_PER_ELEMENT;
  if (!LITTLE_ENDIAN) for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function decodeBytes(text: string, size: number): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length - (binary.length % size));
  for (let i = 0; i < bytes.length; i++) bytes[i] = binary.charCodeAt(i);
  if (!LITTLE_ENDIAN) for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
  return bytes.buffer;
}

const decodeFloat32 = (text: string): Float32Array => new Float32Array(decodeBytes(text, 4));
const decodeFloat16 = (text: string): Float32Array => fromHalfArray(new Uint16Array(decodeBytes(text, 2)));

/** The lexicon's keys in the schema's order, which loading keeps: a loaded model serializes to the same text. */
function canonicalLexicon({ vocabulary, synonyms, languages, regional, outOfScope }: LexiconData): LexiconData {
  return { vocabulary, synonyms, languages, ...(regional ? { regional } : {}), ...(outOfScope ? { outOfScope } : {}) };
}

export function serializeNlu(nlu: Nlu): NluModelJson {
  if (!(nlu instanceof NluEngine)) throw new TypeError('serializeNlu expects an Nlu created by trainNlu or loadNlu');
  const data = nlu.classifier.data;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    threshold: nlu.options.threshold,
    ...(nlu.options.topics ? { topics: [...nlu.options.topics] } : {}),
    classifier: {
      featureConfig: { ...data.featureConfig },
      lexicon: canonicalLexicon(data.lexicon),
      featureNames: data.featureNames,
      intents: data.intents,
      temperature: data.temperature,
      bias: Array.from(data.linear.bias),
      weights: encode(toHalfArray(data.linear.weights)),
      ...(data.idf ? { idf: encode(data.idf) } : {}),
    },
  };
}

/** Loads a model written by serializeNlu (object or JSON text). Throws with the path of the first problem. */
export function loadNlu(json: unknown): NluEngine {
  const parsed = modelSchema.safeParse(typeof json === 'string' ? JSON.parse(json) : json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`invalid NLU model at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const { classifier, threshold, topics } = parsed.data;
  const classes = classifier.intents.length;
  const weights = decodeFloat16(classifier.weights);
  if (classifier.bias.length !== classes || weights.length !== classes * classifier.featureNames.length) {
    throw new Error('invalid NLU model: weight matrix does not match intents x features');
  }
  const idf = classifier.idf === undefined ? undefined : decodeFloat32(classifier.idf);
  if (classifier.featureConfig.idf !== (idf !== undefined) || (idf && idf.length !== classifier.featureNames.length)) {
    throw new Error('invalid NLU model: idf does not match featureConfig.idf and the features');
  }
  const model = new IntentClassifier({
    featureConfig: classifier.featureConfig,
    lexicon: classifier.lexicon,
    featureNames: classifier.featureNames,
    intents: classifier.intents,
    temperature: classifier.temperature,
    linear: { classes, features: classifier.featureNames.length, weights, bias: Float32Array.from(classifier.bias) },
    ...(idf ? { idf } : {}),
  });
  return new NluEngine(model, { threshold, ...(topics ? { topics } : {}) });
}
