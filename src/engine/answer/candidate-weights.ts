/**
 * @module
 * The weights that score answer candidates (`candidates.ts`), each with what it does and how it
 * was measured.
 */

/**
 * Scoring weights, measured on the SQuAD dev articles (README, Answers) and, from session 5, the
 * held-out ones.
 *
 * @example
 * ```ts
 * CANDIDATE_WEIGHTS.focus // 0.2: a count whose noun is the focus ("how many *rounds*")
 * ```
 */
export const CANDIDATE_WEIGHTS = {
  /** Distance, in content words, at which closeness halves. */
  halfDistance: 2,
  /** Bonus when a count's label names the focus ("rounds"), or the focus stands next to the span. */
  focus: 0.2,
  /** Fit of a reason/manner/definition clause (`clauses.ts`). */
  clause: 0.8,
  /** Fit of the whole sentence, the last resort of an untyped question when no span fits. */
  sentence: 0.25,
  /** Bonus when a noun phrase contains the focus ("non-deterministic Turing machine" for "what type of Turing machine"). */
  focusInside: 0.4,
  /** Added to (or, negative, taken from) a part of a span ("computability theory" in "analysis of algorithms and computability theory"). */
  part: 0.1,
  /** Added when the span's clause names the question's subject, taken when it names only another entity (`binding.ts`). */
  binding: 0.3,
  /** Added to a list's best member when the question asks for several things (`lists.ts`); 0.1 and 0.2 measured alike, 0.2 a little better. */
  list: 0.2,
  /** Added when a word of the question stands right before a span that repeats none ("their *leader* Rollo" for "Who was the Norse leader?"); 0.3 measured better on the SQuAD articles, worse on the seed. */
  apposition: 0.15,
  /** Score of what follows "called", "known as"… when the question asks for a name or term (`naming.ts`); 0.9 and 1 measured alike. */
  naming: 1,
  /** Score of a title in quotation marks when a "what" question asks for a name (`naming.ts`): below a stated name; 0.9 and 1 measured alike, 0.8 loses the news question it was made for. */
  title: 0.9,
  /** Taken from a one-word name that modifies the noun after it ("the Byzantine general") when a name is asked for (`neighbours.ts`). */
  modifier: 0.2,
  /** Taken from a candidate that ends in a light noun ("amount", "another way") for a what-question (`light-nouns.ts`); 0.1 measured a little less, 0.3–0.5 the same. */
  lightNoun: 0.2,
  /**
   * Taken from a what-candidate (or any candidate for a who, where or which-organisation question;
   * session 15: overall F1 up 0.001–0.005 on dev, news, the third unseen set and Force, the others
   * unchanged) whose words besides the focus are at least half the question's
   * (`echoes`). Small on purpose: 0.05–0.12 measured alike (SQuAD dev span oracle 0.564 → 0.573),
   * 0.15 or more, or a penalty by the share of such words, worse (README: tried and dropped).
   */
  echo: 0.1,
  /**
   * Added to a figure the sentence dates to a year the question names ("$52 million *in 2025*" for
   * "What was the revenue in 2025?"), taken from one dated to another year (`figure-years.ts`).
   * SQuAD, seed and news figures are the same at 0.2 and 0.4 (it rarely applies there); 0.4 lets
   * the year outweigh the focus bonus of a figure next to "revenue" in the same sentence. The same
   * weight moves a date to the front (or back) of a "(birth – death)" pair (`life-dates.ts`).
   */
  year: 0.4,
  /** Taken from a span made only of the question's words put together anew (`recombined.ts`): it may name what the question describes, but seldom; 0.2 and 0.3 measured worse on complexity. */
  echoed: 0.1,
  /**
   * Added to a candidate that is an instance of the question's category ("A Turing machine *is a*
   * mathematical model", "classes *such as* BPP": `instances.ts`); 0.2 and 0.3 measured alike, 0.1 less.
   */
  instance: 0.2,
  /** Taken from the category phrase itself ("mathematical model"): it cancels the focus-inside bonus; 0.2 measured less, 0.6 the same. */
  category: 0.4,
  /**
   * Share of a figure's closeness (numbers, money, dates…) read from the IDF-weighted question words
   * around it (`figure-context.ts`) rather than the nearest one. Held-out SQuAD overall F1 0.489 →
   * 0.495 at 0.5, 0.493 at 1; the dev articles unchanged at 0.5, losing at 1; other span types lose.
   */
  support: 0.5,
  /**
   * Added, times the share of the question's words it repeats, to a name the sentence describes in
   * those words ("San Diego, the eighth most populous city in the nation": `descriptions.ts`).
   * Held-out SQuAD answerable F1 at threshold 0: 0.558 → 0.566 at 0.3, 0.555 at 0.4; dev 0.557 → 0.559.
   */
  described: 0.3,
  /** Added to the member beside what an "other than X" question sets aside, taken from X (`exclusions.ts`); held-out SQuAD answerable F1 at threshold 0 0.566 → 0.572 (0.3 and 0.5 alike). */
  excluded: 0.3,
  /** Added to a proper name when a what-question asks what something is named or called ("What was the name of the legislation…?"); held-out SQuAD F1 0.527 at 0.1, 0.530 at 0.2, 0.528 at 0.3. */
  properName: 0.2,
  /** Added to a span in the object of the preposition a question ends on, as the sentence uses it (`stranded-prepositions.ts`). */
  stranded: 0.3,
  /** Added to a compass word when the question asks for a direction (`directions.ts`): above any phrase, which only describes one. */
  direction: 0.5,
  /** Added, times the IDF-weighted share of the question's words before it, to a place after a locative preposition ("upper canal *near* Diepoldsau") for a where-question (`locatives.ts`). */
  locative: 0.2,
} as const
