/** The internal result of one detector before overlaps are resolved. */
import type { EntityType, EntityValueMap, TypedEntity } from './types.js';

export type Candidate = {
  [K in EntityType]: { type: K; value: EntityValueMap[K]; start: number; end: number };
}[EntityType];

/** Builds a candidate with its value type checked against its entity type. */
export function candidate<K extends EntityType>(type: K, value: EntityValueMap[K], start: number, end: number): Candidate {
  return { type, value, start, end } as Candidate;
}

/** Turns a candidate into the public entity, cutting `text` from the original input. */
export function toEntity(text: string, c: Candidate): TypedEntity {
  return { ...c, text: text.slice(c.start, c.end) } as TypedEntity;
}
