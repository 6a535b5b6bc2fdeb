"""The second half of the build: a validated corpus -> the site, swapped in at once.

collect -> render -> write: TEI and reports (linked from the build cache), document pages with
their DTS files and download members (workers, `edition.publish`), the edition-wide open data,
the edition pages, the search index; then the staging folder replaces the site. A document's
pages, or a register entry's page, whose inputs did not change are linked from the previous
site instead of rendered again (`edition.cache` remembers what each was made from).
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import KWIC, BuildCache
from .assemble import assemble_site
from .records import SiteModel
from .dts import Layout, parents_key
from .export.bundle import registered_ids
from .heap import collector_paused, keep_what_is_alive, kept_from_collector
from .interrupt import ignore_signals, signals_deferred
from .kept_keys import EntryKeys, Known, entry_keys, known_keys, load_kept, save_kept
from .kwic import KwicStore, spill
from .parallel import MIN_PARALLEL, run_tasks
from .previous import (PARENTS, FilesTakenOver, Linker, ParentsTakenOver, PreviousSite,
                       link_files)
from .open_data import write_open_data
from .publish import Published, cached_publication
from .registers import KINDS
from .render import document_pages, render_edition_pages
from .render.document import named_on_page
from .render.indices import mentions_by_page
from .render.pages import Pages, environment
from .progress import Progress
from .search import Part, SearchIndexer, cut_parts
from .spare import SparePassages, claim_spare, move_documents, spare_folder as spare_folder_of
from .tei import serialize
from .write import SiteWriter, remove_in_background

if TYPE_CHECKING:
    from .pipeline import Corpus


@kept_from_collector()  # the corpus, alive all along: see edition.heap
def write_site(corpus: Corpus) -> None:
    """collect -> render -> write, into a staging folder swapped in at once: TEI, registers and
    reports; each document's pages and DTS files; the edition-wide open data (downloads, DTS
    collections, citation manifest) and pages; the search index, made by Pagefind from the
    document pages while the rest is written.

    Pages and open data are made from the published TEI only (the files as written, parsed
    back), so the site shows what the TEI says.

    Pagefind starts after the register entry pages, whose workers it would otherwise run
    beside: together they took the build to 1,020 MiB at 10,000 documents.
    """
    writer = SiteWriter(corpus.settings.out)
    search = None
    try:
        write_tei(corpus, writer)
        pages = Pages(environment(), collect_site(corpus), corpus.settings, writer)
        previous = PreviousSite.of(corpus)
        spare = PreviousSite.of(corpus, spare=True)
        spare_folder = claim_spare(writer.target, spare.written)
        rendered, published, linked = render_documents(corpus, pages, previous, spare,
                                                       spare_folder)
        keep_what_is_alive()  # the previous site's record, what the documents' workers published
        known = known_keys(corpus, load_kept(corpus))
        with corpus.progress.stage("rendering register entries"):
            entries, files, entry_keys_made = render_entries(corpus, pages, previous, known)
        with signals_deferred():  # not between starting Pagefind and holding it
            search = start_search(corpus, pages, rendered, previous)
        rendered.update(entries)
        taken_over = FilesTakenOver(previous, writer, corpus.made_from())
        with corpus.progress.stage("open data: downloads, DTS, citation manifest"):
            splices = previous.splices(corpus, writer)
            parents = ParentsTakenOver(previous, writer, rendered, parents_key(
                [p.resource for p in published], corpus.settings), linked)
            noted = write_open_data(corpus, pages.site, published, writer, splices, parents,
                                    taken_over)
        with corpus.progress.stage("rendering edition pages"):
            months = render_edition_pages(pages, entries=False, noted=noted,
                                          taken_over=taken_over, known_months=known.months)
        with corpus.progress.stage("search index (the rest of its time)"):
            for folder, (key, made) in search.finish().items():
                rendered[folder], files[folder] = key, tuple(made)
        with corpus.progress.stage("swapping in"):
            ignore_signals()  # from here on the new site is in place, or about to be
            writer.commit(keep=kept_as_spare(writer.target, previous))
    except BaseException:
        if search is not None:
            search.cancel()
        writer.abandon()
        raise
    rendered[PARENTS], files[PARENTS] = parents.key, (PARENTS,)
    for page, key in taken_over.keys.items():
        rendered[page], files[page] = key, (page,)
    remember(corpus, rendered, files, splices.layouts)
    save_kept(corpus, entry_keys_made, months)
    if spare_folder is not None:  # what this build did not take of it; not before `remember`,
        remove_in_background(spare_folder)  # which it slowed from 0.3-0.5 s to 1 s (10,000 docs)


def kept_as_spare(target: Path, previous: PreviousSite) -> Path | None:
    """Where the site this build replaces is kept for the next (`edition.spare`): only a site
    whose record was read (`remember` makes it the spare's record)."""
    return spare_folder_of(target, previous.written) if previous.written else None


def start_search(corpus: Corpus, pages: Pages, rendered: dict[str, str],
                 previous: PreviousSite) -> SearchIndexer:
    """Pagefind indexing the document pages in parts (in date order, see `edition.search`),
    in the background; a part whose pages are all unchanged is linked from the previous site."""
    parts = cut_parts((document_pages(record.id)[0], rendered[record.id])
                      for record in pages.site.documents)

    def reuse(part: Part) -> bool:
        files = previous.files_made(part.folder, part.key)
        return bool(files) and link_files(pages.writer, files, previous.written)

    return SearchIndexer(pages.writer.stage, parts, reuse)


def write_tei(corpus: Corpus, writer: SiteWriter) -> None:
    """tei/<id>.xml and reports/<id>.txt of every document, and the registers' TEI."""
    with corpus.progress.stage("writing TEI", len(corpus.documents)) as progress:
        for encoded in corpus.documents:
            doc_id, key = encoded.stored.doc_id, encoded.stored.key
            writer.link(f"tei/{doc_id}.xml", corpus.cache.entry_path(key, ".xml"))
            writer.link(f"reports/{doc_id}.txt", corpus.cache.entry_path(key, ".report.txt"))
            progress.advance()
        for kind in KINDS.values():
            writer.write_bytes(f"tei/{kind.file}", serialize(corpus.registers.to_tei(kind.name)))


def collect_site(corpus: Corpus) -> SiteModel:
    """The site model from every document's part (collected when it was encoded)."""
    with corpus.progress.stage("collecting"), collector_paused():
        return assemble_site([d.stored.part for d in corpus.documents], corpus.registers)


def render_documents(corpus: Corpus, pages: Pages, previous: PreviousSite, spare: PreviousSite,
                     spare_folder: Path | None
                     ) -> tuple[dict[str, str], list[Published], set[str]]:
    """Every document's pages and DTS files: taken over from the previous site when their inputs
    are unchanged (linked by workers, a batch of documents a task: a million files at 10,000
    documents, and the links are kernel time that two cores halve; the DTS documents are moved
    from the spare, `spare_folder`, where it made them from the same inputs too), else made by
    workers. Returns doc id -> render key, every `Published`, and the ids of the documents
    whose DTS `parents` the workers linked too (see `link_documents`)."""
    from . import workers
    writer, keys = pages.writer, render_keys(corpus, pages.site)
    stored = corpus.cache_keys()
    with corpus.progress.stage("rendering documents", len(keys)) as progress:
        for doc_id in keys:
            for relative in document_pages(doc_id):
                writer.claim(relative)  # not `path`: no Path made, 0.07 -> 0.02 s at 10,000
        alike = []  # (id, TEI key, whether the spare holds its passages as they are now)
        for doc_id, key in keys.items():
            made = list(document_pages(doc_id))
            if previous.made_alike(doc_id, key, made):
                alike.append((doc_id, stored[doc_id],
                              spare_folder is not None and spare.made_alike(doc_id, key, made)))
        alike, moved = spare_documents(alike, spare_folder, str(writer.stage))
        published, linked = link_documents(corpus, writer, previous, spare.written,
                                           moved, alike, progress)
        to_render = [doc_id for doc_id in keys if doc_id not in published]
        items = [(doc_id, stored[doc_id]) for doc_id in to_render]
        jobs = corpus.settings.jobs if len(items) >= MIN_PARALLEL else 1
        done = run_tasks(workers.render_task, items, jobs, workers.start_renderer,
                         (pages.site, pages.settings, writer.stage, corpus.cache.folder,
                          registered_ids(corpus.registers)), progress)
        for made, seconds in done:
            published[made.doc_id] = kept(made)
            corpus.progress.add_work("render", seconds)
    return keys, [published[doc_id] for doc_id in keys], linked


def spare_documents(alike: list[tuple[str, str, bool]], spare_folder: Path | None, stage: str
                    ) -> tuple[list[tuple[str, str, bool]], bool]:
    """`alike` (id, TEI key, whether the spare holds its passages as they are now) once the
    spare's DTS documents of those it holds are moved into `stage` (`spare.move_documents`),
    and whether they were; if not, none is said to be in the spare."""
    kept = {doc_id for doc_id, _, in_spare in alike if in_spare}
    if kept and spare_folder is not None and move_documents(spare_folder, stage, kept):
        return alike, True
    return [(doc_id, key, False) for doc_id, key, _ in alike], False


def link_documents(corpus: Corpus, writer: SiteWriter, previous: PreviousSite,
                   spare_written: int, moved: bool,
                   alike: list[tuple[str, str, bool]], progress: Progress
                   ) -> tuple[dict[str, Published], set[str]]:
    """doc id -> `Published` (`kept`) of the documents of `alike` (id, TEI key, whether the
    spare holds its passages) whose files were all taken over from the previous site and the
    spare's DTS documents, `moved` into the stage (see `reused`), by workers, `LINK_BATCH` a
    task; and the ids of those whose DTS
    `parents` they linked as well, where the previous build recorded it (it is kept only if
    the edition collection is unchanged: `previous.ParentsTakenOver`). In the workers each
    costs a stat and a link in a folder they hold open; in this process, after them, it cost
    two folders opened and closed, a stat and a link, a document at a time."""
    from . import workers
    batches = [alike[i:i + LINK_BATCH] for i in range(0, len(alike), LINK_BATCH)]
    jobs = corpus.settings.jobs if len(alike) >= MIN_PARALLEL * LINK_BATCH else 1
    done = run_tasks(workers.link_task, batches, jobs, workers.start_linker,
                     (corpus.cache.folder, writer.target, writer.stage, previous.written,
                      moved, spare_written, PARENTS in previous.made),
                     Batches(progress, [len(batch) for batch in batches]))
    found = [result for batch in done for result in batch if result is not None]
    return ({published.doc_id: published for published, _ in found},
            {published.doc_id for published, parents in found if parents})


LINK_BATCH = 16
"""Documents a linking task takes over: about 1,500 files."""


class Batches:
    """The progress of a stage counted in documents, advanced a batch of them at a time."""

    def __init__(self, progress: Progress, sizes: list[int]) -> None:
        self.progress, self.sizes = progress, iter(sizes)

    def advance(self) -> None:
        self.progress.advance(next(self.sizes))


def kept(published: Published) -> Published:
    """What the edition-wide files need of a `Published`: not its lines (about 100 strings a
    document), which only named its DTS files, now written."""
    return dataclasses.replace(published, refs=())


def reused(cache: BuildCache, site: Linker, spare: SparePassages | None, doc_id: str,
           tei_key: str, parents: bool = False) -> tuple[Published, bool] | None:
    """A document's `Published` (`kept`), its pages and DTS files taken over into the staged
    site when all are as they were written: its passages and whole document those moved from
    the spare if `spare` is given and they are, the rest linked from the previous site; else
    None, and nothing of the spare's left in the stage. With `parents`, its DTS `parents` is
    linked too if it is as written: the second value says whether it was. The caller has
    checked that the previous site (and the spare, if given) made its pages from the same
    inputs (`PreviousSite.made_alike`).

    When only some could be taken over, none stays (`Linker.take`, `SparePassages.drop`)."""
    found = cached_publication(cache, tei_key)
    if found is None:
        if spare is not None:
            spare.drop(doc_id)
        return None
    files = [*document_pages(doc_id), *found.dts_files()]
    moved = spare.take(doc_id, files) if spare is not None else set()
    if site.take([path for path in files if path not in moved]):
        return kept(found), parents and site.link([Layout.collection(doc_id, "parents")])
    if moved:
        spare.drop(doc_id)
    return None


def render_entries(corpus: Corpus, pages: Pages, previous: PreviousSite, known: Known
                   ) -> tuple[dict[str, str], dict[str, tuple[str, ...]], EntryKeys]:
    """The pages of every register entry: each linked from the previous site when what it shows
    is unchanged, else written by workers (an entry named in every document lists thousands of
    lines on a hundred pages, of which an edit changes one or two: these pages are most of the
    edition-wide work). `known`: the keys of the last build that hold (`kept_keys`). Returns
    page -> render key, page -> its file (itself), and the keys of every entry's pages."""
    from . import workers
    writer, keys = pages.writer, entry_keys(corpus, pages, known)
    to_render, rendered, files = [], {}, {}
    for ident, page_keys in keys.items():
        numbers = []
        for number, (page, key, *_) in enumerate(page_keys, 1):
            writer.path(page)
            rendered[page], files[page] = key, (page,)
            if not previous.take_over(writer, page, key, [page]):
                numbers.append(number)
        if numbers:
            to_render.append((ident, tuple(numbers)))
    jobs = corpus.settings.jobs if len(to_render) >= MIN_PARALLEL else 1
    with tempfile.TemporaryDirectory(prefix=f".kwic-{os.getpid()}-",
                                     dir=corpus.cache.folder) as folder:
        site = dataclasses.replace(pages.site, kwic=spill_kwic(corpus, pages.site, to_render,
                                                                 Path(folder)))
        seconds = run_tasks(workers.entry_task, to_render, jobs, workers.start_page_writer,
                            (site, pages.settings, pages.writer.stage))
    corpus.progress.add_work("render", sum(seconds))
    return rendered, files, keys


def spill_kwic(corpus: Corpus, site: SiteModel, to_render: list[tuple[str, tuple[int, ...]]],
               folder: Path) -> KwicStore:
    """The mentions in context on the pages `to_render` (entry id, page numbers), one file an
    entry in `folder`, read from the build cache one document at a time (in chronological
    order): never all held here at once."""
    wanted: dict[str, set[str]] = {}
    for ident, numbers in to_render:
        cut = mentions_by_page(site.mentions.get(ident, ()))
        wanted[ident] = {m.doc_id for number in numbers for m in cut[number - 1]}
    keys = corpus.cache_keys()
    mentioning = set().union(*wanted.values())
    read = [r.id for r in site.documents if r.id in mentioning]
    found = (corpus.cache.kwic(key)
             for key in corpus.cache.read_ahead([keys[doc_id] for doc_id in read], KWIC))
    return spill(folder, zip(read, found), wanted)


def render_keys(corpus: Corpus, site: SiteModel) -> dict[str, str]:
    """doc id -> a hash of everything its pages show: its TEI, its neighbours' ids, titles and
    dates (`render.document._neighbour`), which of the documents its cross-references name the
    edition holds (`urls.reference`), the names of the provisional persons it shows
    (`provisional_names`), the edition. The TEI's cache key hashes the code too."""
    keys = {}
    provisional = provisional_names(site)
    common = corpus.made_from()
    stored = corpus.cache_keys()
    by_id = site.by_id
    for record in site.documents:
        neighbours = "\t".join(f"{n}\t{by_id[n].title}\t{by_id[n].date}"
                               for n in (record.prev, record.next) if n)
        held = " ".join(ident for ident in record.references if ident in by_id)
        text = (f"{common}|{stored[record.id]}|{record.prev}|{record.next}|{neighbours}|{held}|"
                f"{provisional.get(record.id, '')}")
        keys[record.id] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return keys


def provisional_names(site: SiteModel) -> dict[str, str]:
    """doc id -> the names of the provisional persons its page names (`named_on_page`): a
    provisional person's name comes from all the documents that name it (the longest), so a page
    changes when another document renames one of them. Registered names are in the inputs
    already."""
    entries = {ident: e for ident, e in site.entry_by_id.items() if e.provisional}
    mentioned: dict[str, set[str]] = {}
    for ident in entries:
        for mention in site.mentions.get(ident, ()):
            mentioned.setdefault(mention.doc_id, set()).add(ident)
    shown = {record.id: named_on_page(record, mentioned.get(record.id, ())) & entries.keys()
             for record in site.documents}
    return {doc_id: "\t".join(f"{i}={entries[i].name}" for i in sorted(ids))
            for doc_id, ids in shown.items() if ids}


def remember(corpus: Corpus, rendered: dict[str, str], files: dict[str, tuple[str, ...]],
             layouts: dict[str, dict]) -> None:
    """After a commit: note what the pages were rendered from (by document id, and by page for
    register entries, with the files of each) and where each document lies in the spliced
    files, and drop unused cache entries."""
    if not corpus.settings.cache:
        return
    corpus.cache.save_pages(corpus.settings.out, rendered,
                            {name: files.get(name) or document_pages(name)
                             for name in rendered}, layouts)
    corpus.cache.prune({d.stored.key for d in corpus.documents})
