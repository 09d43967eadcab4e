/** The part of NLP.js the benchmark uses (the package ships no types). */
declare module '@nlpjs/basic' {
  export interface NlpJsManager {
    addLanguage(locale: string): void;
    addDocument(locale: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<{ intent: string; score: number }>;
  }
  export function dockStart(settings: object): Promise<{ get(name: 'nlp'): NlpJsManager }>;
}
