/**
 * @module
 * The MiniSearch options, in one place: the build indexes with them and the runtime loads the
 * serialized index with them (`MiniSearch.loadJSON` requires the same options).
 */
import type { Options } from 'minisearch'
import { normalizeTerm } from '../text/terms'
import { tokenizeWords } from '../text/tokens'

/** The document MiniSearch indexes: one per passage. */
export interface IndexedPassage {
  /** Position of the passage in `Corpus.passages`. */
  id: number
  text: string
  /** The subheading above the passage, if any. */
  heading: string
  /** The document's title, so a question naming an article finds it. */
  title: string
}

/** Fields indexed, and how much a match in each counts. */
export const FIELD_BOOSTS = {
  text: 1,
  // A subheading summarises the passages under it: a match there is strong evidence.
  heading: 1.5,
  // The title is shared by every passage of a document; it helps pick the document, not the passage.
  title: 0.3,
} as const

/** MiniSearch options for index and query alike. */
export const searchIndexOptions: Options<IndexedPassage> = {
  idField: 'id',
  fields: Object.keys(FIELD_BOOSTS),
  // Nothing is stored in the index: the corpus module holds the passages.
  storeFields: [],
  // Keeps "6,000", "2.1" and "Ukraine's" whole, so `processTerm` can normalise them.
  tokenize: tokenizeWords,
  // Possessives, number separators, stop words and Porter stemming (see `normalizeTerm`).
  processTerm: normalizeTerm,
  searchOptions: {
    boost: { ...FIELD_BOOSTS },
    // Near-spellings: one edit in five letters for terms of six letters or more; short terms must match
    // exactly (fuzzy "war" would match "was", "far", "ward"). It mostly joins stem variants the stemmer
    // leaves apart; without it SQuAD dev passage@1 drops 0.792 → 0.782. Misspelt words the corpus
    // lacks are corrected before the search (see `typos.ts`).
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    // "ammunit" should find "ammunitions"; short prefixes match too much to help.
    prefix: (term) => term.length >= 5,
    // Fuzzy and prefix matches are weaker evidence than exact ones.
    weights: { fuzzy: 0.35, prefix: 0.6 },
    // A question's keywords rarely all appear in one paragraph: rank by how many do.
    combineWith: 'OR',
    // Paragraph lengths vary little in news; soften length normalisation a little.
    bm25: { k: 1.2, b: 0.6, d: 0.5 },
  },
}
