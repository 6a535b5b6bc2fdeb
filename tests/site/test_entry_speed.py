"""The edition-wide pages made fast give what the plain template loops gave.

An entry page lists every mention of its entry in context, and the chronology every dated line:
their rows are written as HTML in Python (`edition.render.indices._mentions`,
`edition.render.chronology._dated_lines`), escaped by `escaped_rows` in one call. Here the
templates with the old loops put back (over row objects, autoescape escaping each field; the
entry page's is the build's template but for those loops) render the same pages, and the two
must agree byte for byte, also for text full of characters to escape.
"""

from __future__ import annotations

import dataclasses

import jinja2
from markupsafe import escape

from edition.collect import collect_site
from edition.records import SpeakerStat
from edition.kwic import KwicStore, pack
from edition.render import urls
from edition.render.written_dates import long_date
from edition.render.indices import HEADINGS, _summary, write_entry
from edition.render import chronology
from edition.render.chronology import write_chronology
from edition.render.pages import TEMPLATES, Pages, RowEnvironment, escaped_rows
from edition.ties import LABELS
from edition.write import SiteWriter

from .helpers import XML_CHARACTERS

ROW_LOOPS = {  # what the entry template writes of rows made in Python -> the loop it replaced
    "{{ turns }}": (
        '{% for t in turns %}<li><a href="{{ t.href }}">{{ t.title }}</a> ({{ t.date }}): '
        '{{ t.turns }} turn{% if t.turns != 1 %}s{% endif %}, {{ t.words }} words</li>\n'
        '{% endfor %}'),
    "{{ ties }}": (
        '{% for t in ties %}<li><a href="{{ t.href }}">{{ t.title }}</a> ({{ t.date }}): '
        '{{ t.roles | join("; ") }}</li>\n{% endfor %}'),
    "{% for html in mentions %}{{ html }}{% endfor %}": (
        '{% for group in groups %}<h3><a href="{{ group.href }}">{{ group.title }}</a> '
        '<span class="document-date">({{ group.date }})</span></h3>\n<ol class="kwic">\n'
        '{% for m in group.mentions %}<li><a class="kwic-line" href="{{ m.href }}">'
        '{% if m.note %}note {{ m.note }}, at {% endif %}line {{ m.line }}</a> '
        '<span class="kwic-text">{{ m.before }}<mark>{{ m.keyword }}</mark>{{ m.after }}'
        '</span></li>\n{% endfor %}</ol>\n\n{% endfor %}'),
}


def plain_entry_template() -> str:
    """The entry page's template (`register_entry.html`) with the loops over row objects that
    wrote its turns, descriptions and mentions, each field escaped by autoescape: all else is
    the template the build uses."""
    source = (TEMPLATES / "register_entry.html").read_text(encoding="utf-8")
    for written, loop in ROW_LOOPS.items():
        assert source.count(written) == 1, written
        source = source.replace(written, loop)
    return source


DAY_ROWS = "{{ day.mentions }}"
DAY_LOOP = (
    '{% for m in day.mentions %}<li><a href="{{ m.href }}">{{ m.title }} '
    '<span class="document-date">({{ m.date }})</span>, '
    '{% if m.note %}note {{ m.note }}, at {% endif %}line {{ m.line }}</a>: “{{ m.text }}”'
    '{% if m.conjecture %} <span class="inferred">(inferred)</span>{% endif %}</li>\n'
    '{% endfor %}')
"""What a month page of the chronology writes of a day's rows made in Python -> the loop over
row objects it replaced."""


def plain_month_template() -> str:
    """The month page's template (`chronology-month.html`) with the loop over the dated lines
    of a day put back: all else is the template the build uses."""
    source = (TEMPLATES / "chronology-month.html").read_text(encoding="utf-8")
    assert source.count(DAY_ROWS) == 1, DAY_ROWS
    return source.replace(DAY_ROWS, DAY_LOOP)


NASTY = "<b>\"Ñ\" & 'x'</b> > \r …"


def plain_environment() -> jinja2.Environment:
    return RowEnvironment(loader=jinja2.ChoiceLoader([
        jinja2.DictLoader({"plain_entry.html": plain_entry_template(),
                           "chronology-month.html": plain_month_template()}),
        jinja2.FileSystemLoader(str(TEMPLATES))]), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def fast_and_plain(tmp_path, corpus, documents, change=lambda site: site):
    """Pages writing into tmp_path/fast (as the build does) and tmp_path/plain (the plain way)."""
    site = change(collect_site(documents, corpus.registers))
    fast = Pages(RowEnvironment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                                undefined=jinja2.StrictUndefined, keep_trailing_newline=True),
                 site, corpus.settings, SiteWriter(tmp_path / "fast"))
    plain = Pages(plain_environment(), site, corpus.settings, SiteWriter(tmp_path / "plain"))
    return fast, plain


def test_fields_are_escaped_as_the_templates_escape_them():
    rows = [(str(n), XML_CHARACTERS[n:n + 500], NASTY, "") for n in range(0, 5000, 250)]
    assert list(escaped_rows(rows, 4)) == [tuple(str(escape(v)) for v in row) for row in rows]
    assert list(escaped_rows([("3", "a < b")], 2)) == [("3", "a &lt; b")]
    assert list(escaped_rows([], 4)) == []


def test_a_field_holding_the_separator_is_escaped_on_its_own():
    rows = [("1", "a\0<b", "c", "d"), ("2", "&", "'", '"')]
    assert list(escaped_rows(rows, 4)) == [("1", "a\0&lt;b", "c", "d"),
                                           ("2", "&amp;", "&#39;", "&#34;")]


def render_both(fast: Pages, plain: Pages, entry) -> tuple[str, str]:
    page = urls.entry(entry.kind, entry.id)
    write_entry(fast, entry)
    plain_page = plain_entry(plain, entry)
    return (fast.writer.stage / page).read_bytes().decode("utf-8"), plain_page


def plain_entry(pages: Pages, entry) -> str:
    page = urls.entry(entry.kind, entry.id)
    site = pages.site
    turns = [dict(href=pages.href(page, urls.document(doc_id)), title=site.by_id[doc_id].title,
                  date=long_date(site.by_id[doc_id].date), turns=stat.turns,
                  words=stat.words) for doc_id, stat in site.turns.get(entry.id, ())]
    ties = [dict(href=pages.href(page, urls.document(tie.doc_id)),
                 title=site.by_id[tie.doc_id].title, date=long_date(site.by_id[tie.doc_id].date),
                 roles=[LABELS[code] for code in tie.roles]) for tie in site.ties.get(entry.id, ())]
    groups = []
    for doc_id, rows in site.kwic.mentions(entry.id):
        href = pages.href(page, urls.document(doc_id))
        groups.append(dict(title=site.by_id[doc_id].title,
                           date=long_date(site.by_id[doc_id].date), href=href,
                           mentions=[dict(line=line, note=note, before=before, keyword=keyword,
                                          after=after, href=href + (f"#{anchor}" if note
                                                                    else urls.line(line)))
                                     for line, before, keyword, after, note, anchor in rows]))
    pages.write(page, "plain_entry.html", entry.name, urls.register_index(entry.kind),
                entry=_summary(pages, page, entry), kind_label=HEADINGS[entry.kind][0],
                index_href=pages.href(page, urls.register_index(entry.kind)),
                tei_href=pages.href(page, urls.register_tei(entry.kind)),
                show_turns=entry.kind == "person", turns=turns, ties=ties, groups=groups,
                mentioned=bool(groups), pager=[])
    return (pages.writer.stage / page).read_bytes().decode("utf-8")


def test_every_entry_page_of_the_seeds_is_what_the_plain_template_renders(
        tmp_path, corpus, documents):
    fast, plain = fast_and_plain(tmp_path, corpus, documents)
    entries = [e for kind in HEADINGS for e in fast.site.entries[kind]]
    assert any(fast.site.turns.get(e.id) for e in entries)
    assert any(not fast.site.mentions.get(e.id) for e in entries)  # "Not mentioned"
    assert any(fast.site.ties.get(e.id) for e in entries)  # named in a description
    for entry in entries:
        written, expected = render_both(fast, plain, entry)
        assert written == expected, entry.id


def test_mentions_and_turns_full_of_characters_to_escape_are_written_as_the_template_did(
        tmp_path, corpus, documents):
    def nasty(site):
        doc_ids = [d.id for d in site.documents]
        records = {doc_id: dataclasses.replace(site.by_id[doc_id], title=NASTY + doc_id)
                   for doc_id in doc_ids}
        rows = [("1", NASTY, "Mikoyan & <Co>", "'after'\0\"", "", ""),
                ("12", "", "'", "", NASTY, "fn<&>"),
                ("3a", XML_CHARACTERS[:300], "", XML_CHARACTERS[-300:], "", "")]
        store = KwicStore.of([{"mikoyan-anastas": pack(doc_id, rows[n % 3:])}
                              for n, doc_id in enumerate(doc_ids)])
        turns = dict(site.turns)
        turns["mikoyan-anastas"] = [(doc_id, SpeakerStat("mikoyan-anastas", n, 7 * n))
                                    for n, doc_id in enumerate(doc_ids)]
        return dataclasses.replace(site, by_id=records, kwic=store, turns=turns)
    fast, plain = fast_and_plain(tmp_path, corpus, documents, nasty)
    written, expected = render_both(fast, plain, fast.site.entry_by_id["mikoyan-anastas"])
    assert "&lt;b&gt;&#34;Ñ&#34; &amp; &#39;x&#39;&lt;/b&gt; &gt; \r …" in written
    assert " 1 turn," in written and " 0 turns," in written
    assert written == expected


def plain_dated_lines(pages: Pages, page: str, dates: list) -> list[dict]:
    """The dated lines of one day as the row objects the plain loop read (in place of
    `chronology._dated_lines`, which writes them as HTML)."""
    rows = []
    for date in dates:
        doc = pages.site.by_id[date.doc_id]
        fragment = f"#{date.anchor}" if date.note else urls.line(date.line)
        rows.append(dict(href=pages.href(page, urls.document(doc.id)) + fragment, title=doc.title,
                         date=long_date(doc.date), line=date.line, note=date.note, text=date.text,
                         conjecture=date.conjecture))
    return rows


def test_the_chronology_lists_the_dated_lines_as_the_template_did(
        tmp_path, corpus, documents, monkeypatch):
    """Every page of the chronology, written by the build's code and templates, and again with
    the month page's loop over row objects put back (days, headings and all else as built)."""
    def nasty(site):   # every other date in a note
        dates = tuple(d._replace(text=NASTY + d.text, line=d.line + "<&>",
                                 note=NASTY[:n % 2 * 9], anchor=f"fn{n % 2}<&>")
                      for n, d in enumerate(site.dates))
        return dataclasses.replace(site, dates=dates)
    for change in (lambda site: site, nasty):
        fast, plain = fast_and_plain(tmp_path / str(id(change)), corpus, documents, change)
        assert any(d.conjecture for d in fast.site.dates) and fast.site.dates
        assert any(d.note for d in fast.site.dates) == (change is nasty)
        write_chronology(fast)
        with monkeypatch.context() as patched:
            patched.setattr(chronology, "_dated_lines", plain_dated_lines)
            write_chronology(plain)
        written = sorted(p.relative_to(fast.writer.stage)
                         for p in (fast.writer.stage / "chronology").iterdir())
        assert len(written) > 1
        for page in [urls.CHRONOLOGY] + [str(p) for p in written]:
            expected = (plain.writer.stage / page).read_bytes().decode("utf-8")
            assert "<li><a href=" in expected and "{" not in expected
            assert (fast.writer.stage / page).read_bytes().decode("utf-8") == expected, page
