// The search API of an index in parts, for Pagefind's UI (written as pagefind/pagefind.js).
//
// The index is cut into parts of consecutive documents in date order (see edition/search.py),
// each a Pagefind bundle in parts/<name>/, listed in parts.json. Every part is searched with the
// same options; as each part's results are sorted by date, the parts' results one after the
// other are too. Filter counts are summed. Pagefind's own mergeIndex would sort them by score.
// Each part is searched on the page's thread: a Web Worker each would be dozens of threads.

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
async function each(method, ...args) {
  return Promise.all((await load()).map((entry) => {
    const answer = entry.done.then(() => entry.part[method](...args));
    entry.done = answer.catch(() => {});
    return answer;
  }));
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

export async function preload(term, searchOptions = {}) { await each("preload", term, searchOptions); }

export async function search(term, searchOptions = {}) {
  const found = (await each("search", term, searchOptions)).filter(Boolean);
  return {
    results: found.flatMap((part) => part.results),
    unfilteredResultCount: found.reduce((sum, part) => sum + part.unfilteredResultCount, 0),
    filters: summed(found.map((part) => part.filters)),
    totalFilters: summed(found.map((part) => part.totalFilters)),
    timings: found.map((part) => part.timings),
  };
}
