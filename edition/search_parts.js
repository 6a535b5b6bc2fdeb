// The search API of an index in parts, for Pagefind's UI (written as pagefind/pagefind.js).
//
// The index is cut into parts of consecutive documents in date order (see edition/search.py),
// each a Pagefind bundle in parts/<name>/, listed in parts.json. Every part is searched with the
// same options; as each part's results are sorted by date, the parts' results one after the
// other are too. Filter counts are summed. Pagefind's own mergeIndex would sort them by score.
// Each part is searched on the page's thread: a Web Worker each would be dozens of threads.
//
// A term no word of a part begins with is not answered "no results" by Pagefind: it shortens
// the term to its longest beginning that is a word there ("Blumenkohl" finds "(b)"), and no
// option turns that off. In one part, a term's results are then all such stand-ins or none is,
// so the words its first results were found by tell: where a term has no form among them, the
// part has not got the term, and its results and counts are left out. Those words are the hit
// words in a result's text and, where Pagefind matched a term in its metadata, the words of
// those fields: "Note Havana" finds a note whose title alone says "Note" (review round 11). A
// word found by its stem ("negotiations": negotiate, both "negoti") is told from a stand-in
// ("Tikhmenevv": Tikhmenev, one letter short) by the stemmer Pagefind uses (search-stem.js).
//
// Letters Pagefind keeps as letters of their own (`ł`, `ß` ...) are folded in the searched words
// and put back in the results, as the index has them folded (search-fold.js).

import {stem} from "./search-stem.js";
import {folded, unmarked} from "./search-fold.js";

const here = new URL(".", import.meta.url);
const siteRoot = new URL("..", here).pathname;
let parts = null;
let settings = {};

function load() {
  parts ??= (async () => {
    const listing = await (await fetch(new URL("parts.json", here), {cache: "no-cache"})).json();
    return Promise.all(listing.parts.map(async (name) => {
      // A module of its own for each part: Pagefind keeps its WebAssembly in module variables,
      // so instances of one module would share it and mix up their indexes.
      const part = await import(new URL(`parts/${name}/pagefind.js`, here).href);
      await part.options({...settings, baseUrl: siteRoot, noWorker: true});
      await part.init();
      return {part, done: Promise.resolve()};
    }));
  })();
  return parts;
}

// One call at a time on a part: Pagefind's own calls, run together, can lose the chunks
// of its index that each loads (seen as filter counts missing whole parts).
function queued(entry, call) {
  const answer = entry.done.then(call);
  entry.done = answer.catch(() => {});
  return answer;
}

async function each(method, ...args) {
  const loaded = await load();
  return Promise.all(loaded.map((entry) => queued(entry, () => entry.part[method](...args))));
}

// The words of a text, lower case, accents and punctuation taken off: "Soviet-Cuban" is
// "soviet" and "cuban", as Pagefind finds either in it.
function piecesOf(text) {
  return folded(text).normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

// A word with its stem, as `formOf` compares a found word and a searched term: each stemmed once.
function stemmed(word) {
  return {word, stem: stem(word)};
}

// Whether a found word is a form of the searched term (both `stemmed`): it begins with the term
// (a word typed in part: "Mikoy", Mikoyan), or its stem begins with the term's, as Pagefind
// matches them ("negotiations", negotiated). Not a word one letter longer than it
// ("Tikhmenevv", Tikhmenev).
function formOf(found, term) {
  return found.word.startsWith(term.word) || found.stem.startsWith(term.stem);
}

// A hit word, whole ("sovietcuban") and in pieces.
function formsOfHit(text) {
  const pieces = piecesOf(text);
  return [pieces.join(""), ...pieces];
}

// The words a result was found by, in forms: its hit words in its text and the words of the
// metadata fields (the title) Pagefind matched a term in.
async function foundWords(result) {
  const data = await result.data();
  const words = data.content.split(/\s+/);
  const fields = (result.matchedMetaFields ?? []).map((field) => String(data.meta[field] ?? ""));
  return [...data.locations.map((at) => words[at] ?? ""), ...fields.flatMap((f) => f.split(/\s+/))]
    .flatMap(formsOfHit);
}

// How many of a part's first results tell whether it holds the terms.
const JUDGED = 3;

// Whether the part's results hold every term or stand in for one it lacks (see the top): each
// term has a form among the words its first results were found by. Results found by no word
// this can read give nothing to judge by.
async function holdsTerms(found, terms) {
  if (!terms.length || !found.results.length) { return true; }
  const words = await Promise.all(found.results.slice(0, JUDGED).map(foundWords));
  const hits = words.flat().map(stemmed);
  return !hits.length || terms.map(stemmed).every((term) => hits.some((hit) => formOf(hit, term)));
}

// A part's answer with the folded letters put back in the text of its results.
function withLetters(found) {
  if (!found) { return found; }
  const results = found.results.map((result) =>
    ({...result, data: async () => unmarked(await result.data())}));
  return {...found, results};
}

// A part's answer, or none where it lacks a term. Where filters leave it no result to judge
// by, its counts are judged by the term's results without them.
async function searchPart(entry, term, searchOptions) {
  const terms = piecesOf(term ?? "");
  return queued(entry, async () => {
    const found = withLetters(await entry.part.search(term, searchOptions));
    if (!found) { return found; }
    const judged = found.results.length || !found.unfilteredResultCount ? found
      : await entry.part.search(term, {...searchOptions, filters: {}});
    return (await holdsTerms(judged, terms)) ? found : null;
  });
}

function summed(countsOfParts) {
  const total = {};
  for (const counts of countsOfParts) {
    for (const [filter, values] of Object.entries(counts ?? {})) {
      total[filter] ??= {};
      for (const [value, count] of Object.entries(values)) {
        total[filter][value] = (total[filter][value] ?? 0) + count;
      }
    }
  }
  return total;
}

export async function options(newOptions) {
  settings = {...settings, ...newOptions};
  if (parts) { await each("options", newOptions); }
}

export async function init() { await load(); }

export async function destroy() {
  if (parts) { await each("destroy"); }
  parts = null;
}

export async function filters() { return summed(await each("filters")); }

export async function preload(term, searchOptions = {}) {
  await each("preload", folded(term ?? ""), searchOptions);
}

export async function search(term, searchOptions = {}) {
  const searched = term == null ? term : folded(term);
  const found = (await Promise.all((await load()).map(
    (entry) => searchPart(entry, searched, searchOptions)))).filter(Boolean);
  return {
    results: found.flatMap((part) => part.results),
    unfilteredResultCount: found.reduce((sum, part) => sum + part.unfilteredResultCount, 0),
    filters: summed(found.map((part) => part.filters)),
    totalFilters: summed(found.map((part) => part.totalFilters)),
    timings: found.map((part) => part.timings),
  };
}
