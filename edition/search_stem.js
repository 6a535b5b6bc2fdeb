// The stem Pagefind indexes an English word under (written as pagefind/search-stem.js).
//
// Pagefind stems every word it indexes and every word searched with Snowball's English
// stemmer (Porter2, as the Rust crate rust-stemmers has it), and finds the words whose stem
// begins with the searched word's. This is that stemmer, so that the search page can tell a
// word found by its stem ("negotiations": negotiate, both "negoti") from a word Pagefind stands
// in for one the edition lacks ("Tikhmenevv": Tikhmenev). The steps follow
// https://snowballstem.org/algorithms/english/stemmer.html; `stem` takes a lower-case word.

const VOWEL = /[aeiouy]/;
const REGION_1 = /^(gener|commun|arsen|past|univers|later|emerg|organ|inter)/;
const DOUBLE = /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;
const LI_ENDING = /[cdeghkmnrt]$/;
const SAME = new Map([["skis", "ski"], ["skies", "sky"], ["dying", "die"], ["lying", "lie"],
  ["tying", "tie"], ["idly", "idl"], ["gently", "gentl"], ["ugly", "ugli"], ["early", "earli"],
  ["only", "onli"], ["singly", "singl"], ["sky", "sky"], ["news", "news"], ["howe", "howe"],
  ["atlas", "atlas"], ["cosmos", "cosmos"], ["bias", "bias"], ["andes", "andes"]]);
const KEPT_AFTER_1A = new Set(["inning", "outing", "canning", "herring", "earring", "evening",
  "proceed", "exceed", "succeed"]);

const STEP_2 = [["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"],
  ["iveness", "ive"], ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"],
  ["entli", "ent"], ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"],
  ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"],
  ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]];
const STEP_3 = [["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"],
  ["iciti", "ic"], ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]];
const STEP_4 = ["ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate",
  "iti", "ous", "ive", "ize", "ion", "al", "er", "ic"];

const isVowel = (letter) => VOWEL.test(letter ?? "");

// Where the region after the first non-vowel following a vowel begins, from `start`.
function regionAfter(word, start) {
  for (let at = start + 1; at < word.length; at += 1) {
    if (!isVowel(word[at]) && isVowel(word[at - 1])) { return at + 1; }
  }
  return word.length;
}

// Whether `word` ends in a short syllable (a vowel between non-vowels, the last not w, x or Y,
// or a vowel opening a word of two letters).
function endsShort(word) {
  const [a, b, c] = [word.at(-3), word.at(-2), word.at(-1)];
  if (word.endsWith("past")) { return true; }  // Snowball 3: "pasted", "paste" not "past"
  if (word.length === 2) { return isVowel(b) && !isVowel(c); }
  return word.length > 2 && !isVowel(a) && isVowel(b) && !isVowel(c) && !/[wxY]/.test(c);
}

const longest = (word, table) => table.find(([suffix]) => word.endsWith(suffix));

function step1a(word) {
  if (word.endsWith("sses")) { return word.slice(0, -2); }
  if (word.endsWith("ied") || word.endsWith("ies")) {
    return word.slice(0, -3) + (word.length > 4 ? "i" : "ie");
  }
  if (word.endsWith("us") || word.endsWith("ss") || !word.endsWith("s")) { return word; }
  return VOWEL.test(word.slice(0, -2)) ? word.slice(0, -1) : word;
}

function step1b(word, r1) {
  const eed = ["eedly", "eed"].find((suffix) => word.endsWith(suffix));
  if (eed) { return word.length - eed.length >= r1 ? word.slice(0, -eed.length) + "ee" : word; }
  const ed = ["ingly", "edly", "ing", "ed"].find((suffix) => word.endsWith(suffix));
  const rest = ed && word.slice(0, -ed.length);
  if (!ed || !VOWEL.test(rest)) { return word; }
  if (/(at|bl|iz)$/.test(rest)) { return rest + "e"; }
  if (DOUBLE.test(rest)) { return /^[aeo]..$/.test(rest) ? rest : rest.slice(0, -1); }
  return rest.length === r1 && endsShort(rest) ? rest + "e" : rest;
}

function step1c(word) {
  return word.length > 2 && /[yY]$/.test(word) && !isVowel(word.at(-2))
    ? word.slice(0, -1) + "i" : word;
}

function replaced(word, table, start, check = () => true) {
  const found = longest(word, table);
  if (!found) { return word; }
  const [suffix, by] = found, rest = word.slice(0, word.length - suffix.length);
  return rest.length >= start && check(suffix, rest) ? rest + by : word;
}

function step2(word, r1) {
  return replaced(word, STEP_2, r1, (suffix, rest) =>
    (suffix !== "ogi" || rest.endsWith("l")) && (suffix !== "li" || LI_ENDING.test(rest)));
}

function step3(word, r1, r2) {
  return replaced(word, STEP_3, r1, (suffix, rest) => suffix !== "ative" || rest.length >= r2);
}

function step4(word, r2) {
  const suffix = STEP_4.find((each) => word.endsWith(each));
  const rest = suffix && word.slice(0, -suffix.length);
  if (!suffix || rest.length < r2 || (suffix === "ion" && !/[st]$/.test(rest))) { return word; }
  return rest;
}

function step5(word, r1, r2) {
  const rest = word.slice(0, -1);
  if (word.endsWith("e") && (rest.length >= r2 || (rest.length >= r1 && !endsShort(rest)))) {
    return rest;
  }
  return word.endsWith("ll") && rest.length >= r2 ? rest : word;
}

function marked(word) {
  const start = word.replace(/^'/, "").replace(/^y/, "Y");
  return start.replace(/([aeiouy])y/g, "$1Y");
}

export function stem(word) {
  if (SAME.has(word)) { return SAME.get(word); }
  if (word.length < 3) { return word; }
  let w = marked(word).replace(/'(s'?)?$/, "");
  const r1 = REGION_1.exec(w)?.[0].length ?? regionAfter(w, 0);
  const r2 = regionAfter(w, r1);
  w = step1a(w);
  if (KEPT_AFTER_1A.has(w)) { return w; }
  w = step1c(step1b(w, r1));
  w = step5(step4(step3(step2(w, r1), r1, r2), r2), r1, r2);
  return w.replace(/Y/g, "y");
}
