// Where a search result leads: the line of its hits (written as pagefind/search-lines.js).
//
// `atLine` (Pagefind's processResult on the search page) links a result to the first numbered
// line (`id="L12"`) that holds every searched word, else to the line of its first hit, and says
// so in its excerpt. For a phrase ("..."), Pagefind reports only the words of the phrase, so
// that line holds the phrase. `goToHit` (on a document page) brings the hit into view: in the
// line of the address, else in the text, the first run of the searched words in their order,
// else the first line holding all of them, else the first.

import {folded} from "./search-fold.js";

const LINE = /^L\d+$/;
const WHO = /^who-(L\d+)$/;
const EXCERPT_WORDS = 30;
const NAMES = "register-names";  // the register's names, hidden, after the text (search.py)
const NAMED = "named-heading";   // the page's list "Named in this document"

function wordOf(text) {
  return folded(text).normalize("NFD").replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
}

function searched(search, param) {
  return new URLSearchParams(search).getAll(param).map(wordOf).filter(Boolean);
}

// The searched term a found word is a form of: the one sharing the longest beginning with it.
function termOf(word, terms) {
  let best = 0, which = -1;
  terms.forEach((term, index) => {
    let same = 0;
    while (same < term.length && term[same] === word[same]) { same += 1; }
    if (same > best) { best = same; which = index; }
  });
  return which;
}

// The hits of a result grouped by numbered line, in order: {anchor, at, end, found}. A line
// ends where the next begins, or a heading, or the speaker label of the next turn
// (`id="who-L12"`), or the register's names after the text; a hit in a label belongs to the
// line its turn opens with, one in the names to no line.
function linesOfHits(result, terms, words) {
  const bounds = result.anchors
    .filter((a) => LINE.test(a.id) || WHO.test(a.id) || a.id === NAMES || /^h\d$/i.test(a.element))
    .sort((a, b) => a.location - b.location);
  const byId = new Map(bounds.map((bound) => [bound.id, bound]));
  const lines = new Map();
  for (const at of [...result.locations].sort((a, b) => a - b)) {
    const next = bounds.findIndex((bound) => bound.location > at);
    let anchor = bounds[(next < 0 ? bounds.length : next) - 1];
    if (anchor && WHO.test(anchor.id)) { anchor = byId.get(anchor.id.replace(WHO, "$1")); }
    if (!anchor || !LINE.test(anchor.id)) { continue; }
    const after = bounds.find((bound) => bound.location > anchor.location);
    const end = after ? after.location : words.length;
    if (!lines.has(anchor)) { lines.set(anchor, {anchor, at, end, found: new Set()}); }
    lines.get(anchor).found.add(termOf(wordOf(words[at] ?? ""), terms));
  }
  return [...lines.values()];
}

function escaped(word) {
  return word.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function excerpt(line, words, hits) {
  const start = Math.max(line.anchor.location,
    Math.min(line.at - Math.floor(EXCERPT_WORDS / 3), line.end - EXCERPT_WORDS));
  return words.slice(start, Math.min(line.end, start + EXCERPT_WORDS)).map((word, index) =>
    hits.has(start + index) ? `<mark>${escaped(word)}</mark>` : escaped(word)).join(" ");
}

// The anchor of the register's names after the text of a result, if any.
function namesAnchor(result) {
  return result.anchors.find((anchor) => anchor.id === NAMES);
}

// The names of the register ("A; B C; D") that hold a hit, the hits marked. Their words are
// read from the element's own text (`names`, `namesAnchor`), which has not the period Pagefind
// adds at its end.
function namesHit(result, names) {
  const words = names ? names.text.split(/\s+/) : [];
  const hits = new Set(result.locations.map((at) => at - names?.location));
  const shown = [];
  let name = [];
  for (const [at, each] of words.entries()) {
    const word = escaped(each.replace(/;$/, ""));
    name.push(hits.has(at) ? `<mark>${word}</mark>` : word);
    if (!each.endsWith(";") && at + 1 < words.length) { continue; }
    if (name.some((each) => each.startsWith("<mark>"))) { shown.push(name.join(" ")); }
    name = [];
  }
  return shown.join("; ");
}

// A result whose words are only the register's names of what the page links (`names`, their
// anchor) leads to the list of those names, which its excerpt quotes.
function atNames(result, names) {
  const hit = namesHit(result, names);
  if (!hit) { return result; }
  const url = `${result.url.replace(/#.*/, "")}#${NAMED}`;
  const excerpt = `Named in this document: ${hit}`;
  for (const sub of result.sub_results) { Object.assign(sub, {url, excerpt}); }
  return Object.assign(result, {url, excerpt});
}

// Where the text prints a phrase Pagefind matched in the register's names alone (it reports
// one match of a phrase, there; `names`, their anchor): the phrase's first run of words in the
// text, else `result`.
function phraseInText(result, terms, words, names) {
  const end = names ? names.location : words.length;
  for (let at = 0; terms.length > 1 && at + terms.length <= end; at += 1) {
    if (terms.every((term, k) => wordOf(words[at + k]) === term)) {
      return {...result, locations: terms.map((_, k) => at + k)};
    }
  }
  return result;
}

export function atLine(result, param) {
  const terms = [...new Set(searched(new URL(result.url, location.href).search, param))];
  const words = result.content.split(/\s+/);
  const names = namesAnchor(result);
  let lines = linesOfHits(result, terms, words);
  if (!lines.length) {
    const inText = phraseInText(result, terms, words, names);
    lines = linesOfHits(inText, terms, words);
    result.locations = inText.locations;
  }
  const line = lines.find((each) => terms.every((_, index) => each.found.has(index))) ?? lines[0];
  if (!line) { return atNames(result, names); }
  const number = line.anchor.id.slice(1);
  const url = `${result.url.replace(/#.*/, "")}#${line.anchor.id}`;
  const text = excerpt(line, words, new Set(result.locations));
  for (const sub of result.sub_results.filter((each) => each.locations.includes(line.at))) {
    Object.assign(sub, {url, title: `Line ${number}`, excerpt: text});
  }
  return Object.assign(result, {url, excerpt: `Line ${number}: ${text}`});
}

function lineOf(element) {
  while (element && !LINE.test(element.id)) { element = element.parentElement; }
  return element;
}

function adjacent(before, after) {
  const between = document.createRange();
  between.setStartAfter(before);
  between.setEndBefore(after);
  return lineOf(before) === lineOf(after) && !/[\p{L}\p{N}]/u.test(between.toString());
}

function phraseAt(marks, terms) {
  return marks.find((_, start) => terms.length > 1 && terms.every((term, k) => {
    const mark = marks[start + k];
    return mark && wordOf(mark.textContent) === term
      && (k === 0 || adjacent(marks[start + k - 1], mark));
  }));
}

function inLineWithAll(marks, terms) {
  const found = new Map();
  for (const mark of marks) {
    const line = lineOf(mark);
    if (!found.has(line)) { found.set(line, {first: mark, words: new Set()}); }
    found.get(line).words.add(wordOf(mark.textContent));
  }
  const full = [...found].find(([line, {words}]) => line && terms.every((term) => words.has(term)));
  return full?.[1].first;
}

function inView(element) {
  const box = element.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

function inText(mark) {
  const text = document.getElementById("text-heading");
  return !text || text.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING;
}

function bringIntoView(terms) {
  const id = location.hash.slice(1);
  const line = LINE.test(id) ? document.getElementById(id) : null;
  const marks = [...document.querySelectorAll("mark.pagefind-highlight")]
    .filter((mark) => (line ? line.contains(mark) : inText(mark)));
  const hit = phraseAt(marks, terms) ?? inLineWithAll(marks, terms) ?? marks[0];
  if (hit && !(line && inView(hit))) { hit.scrollIntoView({block: "center"}); }
}

export function goToHit(param) {
  const terms = searched(location.search, param);
  if (!terms.length || /^#L\d+-/.test(location.hash)) { return; }  // a range: lines.js
  const go = () => requestAnimationFrame(() => bringIntoView(terms));
  if (document.readyState === "complete") { go(); } else { window.addEventListener("load", go); }
}
