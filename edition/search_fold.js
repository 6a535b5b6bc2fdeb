// Letters the search folds as Pagefind folds accents (written as pagefind/search-fold.js).
//
// Pagefind reads each page with `ł`, `ø`, `đ`, `ß`, `æ`, `œ`, `ı` written as plain letters and
// a combining mark ("Gomuł" as "Gomul" + U+0335, `edition/search_fold.py`), which it takes off
// as it indexes: its index holds "gomulka". `folded` makes a searched word the same ("Gomułka"
// and "Gomulka" are both "gomulka"); `unmarked` puts the letters back in the text Pagefind
// returns (excerpts, titles), so that a reader sees "Gomułka".

const MARKED = {
  "ł": "l\u0335", "Ł": "L\u0335", "đ": "d\u0335", "Đ": "D\u0335", "ı": "i\u0335",
  "ø": "o\u0338", "Ø": "O\u0338",
  "ß": "s\u0336s", "ẞ": "S\u0336S", "æ": "a\u0336e", "Æ": "A\u0336E",
  "œ": "o\u0336e", "Œ": "O\u0336E",
};

const LETTERS = new RegExp(`[${Object.keys(MARKED).join("")}]`, "gu");
const SEQUENCES = new RegExp(Object.values(MARKED).join("|"), "gu");
const LETTER_OF = new Map(Object.entries(MARKED).map(([letter, marked]) => [marked, letter]));

// A text with each folded letter as its plain letters: "Łódź" is "Lódź", "Straße" "Strasse".
export function folded(text) {
  return text.replace(LETTERS, (letter) => MARKED[letter].replace(/\p{M}/gu, ""));
}

// A value Pagefind returned (a string, or lists and objects of them) with the letters back.
export function unmarked(value) {
  if (typeof value === "string") {
    return value.replace(SEQUENCES, (marked) => LETTER_OF.get(marked));
  }
  if (Array.isArray(value)) { return value.map(unmarked); }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unmarked(item)]));
  }
  return value;
}
