// Common English words that often start a sentence. Two uses: a capitalised one
// glued to the word before it marks a lost space ('ZhelenskyTherefore'), and one
// after an ambiguous abbreviation ('the U.S. The talks...') marks a sentence end.
// Only function words and sentence adverbs: no nouns that could end a name
// ('YouTube', 'BlackRock', 'MasterCard' must stay whole).
const WORDS = `
the this that these those there then thus therefore however meanwhile moreover furthermore nevertheless nonetheless
also although though after afterwards before earlier later now today yesterday tomorrow since while when whenever where
what which who whom whose why how and but yet nor for not all any some many most more much several both each every
his her hers him its our ours their theirs they them she you your yours was were are has had have will would shall should
can could may might must did does done being been with without within from into onto upon about above below under over
according besides despite instead otherwise still indeed certainly probably perhaps finally first second third next last
only even just here such other another one two three four five six seven eight nine ten
during until unless because if whether as let its instead likewise similarly consequently hence accordingly
`;

const SET = new Set(WORDS.split(/\s+/).filter((w) => w.length >= 3));

/** `word` in lower case. */
export function isStarterWord(word: string): boolean {
  return SET.has(word);
}
