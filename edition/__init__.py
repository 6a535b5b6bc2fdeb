"""edition: plain-text archival transcriptions -> validated TEI P5 -> a static scholarly website.

Modules, in pipeline order:
  cli          command line: build (default) and serve
  diagnostics  Location, Diagnostic, Reporter: `file:line:col: severity: message [code]`
  source       read a file into numbered lines (UTF-8, BOM, CRLF)
"""

__version__ = "0.1.0"
