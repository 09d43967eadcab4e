/**
 * Types for the few `natural` modules the NLU imports one by one. The package root is never imported:
 * it loads database drivers and reads .env, which neither Node nor Workers should pay for.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}

declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  interface EditCosts {
    insertion_cost?: number;
    deletion_cost?: number;
    substitution_cost?: number;
    transposition_cost?: number;
    restricted?: boolean;
  }
  const distances: {
    LevenshteinDistance(source: string, target: string, options?: EditCosts): number;
    DamerauLevenshteinDistance(source: string, target: string, options?: EditCosts): number;
  };
  export default distances;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function jaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export default jaroWinklerDistance;
}
