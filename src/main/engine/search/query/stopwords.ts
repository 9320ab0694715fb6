/**
 * Function words that carry no topic in a contract query. Legal terms that look like
 * function words ("shall", "may", "not", "any") are kept: "may not assign" differs from
 * "may assign", and BM25's idf already discounts them.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the of to in on at by for from with into onto upon about as and or but nor ' +
    'is are was were be been being am do does did doing have has had having ' +
    'this that these those it its it\'s there their them they he she his her him we our us you your i me my ' +
    'what which who whom whose when where why how than then so such very too also just ' +
    'can could would should will if whether'
  ).split(/\s+/),
);

/** Words lawyers use to name what they want rather than what it says: "indemnity clause". */
export const REQUEST_WORDS: ReadonlySet<string> = new Set(['clause', 'clauses', 'provision', 'provisions']);
