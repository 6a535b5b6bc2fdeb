"""edition: plain-text archival transcriptions -> validated TEI P5 -> a static scholarly website.

Modules, in pipeline order (`pipeline` runs the stages and lists them in one place):
  cli          command line: build (default) and serve; exit codes 0, 1 (input), 2 (bug),
               130 / 143 (interrupted by SIGINT / SIGTERM)
  interrupt    SIGINT and SIGTERM turned into a clean stop; workers that die with the build
  config       Settings of a build and the edition's own metadata (seeds/edition.toml)
  diagnostics  Location, Diagnostic, Reporter: `file:line:col: severity: message [code]`
  source       read a file into numbered lines (UTF-8, BOM, CRLF, size and control characters)
  readers/     one module per source layout (page dump, telegram), all -> model.RawDocument
  security_markings  a security marking (`TOP SECRET`): its level; the one atop a text taken
  ingest/      foreign TEI (FRUS, ParlaMint, DraCor ...) -> model.Document, parsed safely
  namespaces   the XML namespaces (TEI, XML) and their lxml names, spelled once
  doc_types    the document types and what each is (sent, a record, spoken): the sets rules ask
  model        frozen dataclasses of documents, blocks, turns and inline nodes, with lines
  structure    paragraphs -> opener, turns, stage lines, notes, closer, postscript
  document_resolver  the resolver of one document: its dates by its kind and date
  text_blocks  a paragraph's text made a block: parsed, its names and dates resolved
  divisions    a file of several documents one after another (a night's cables), a diary's
               entries, a report's sections by country: where each begins
  languages    the text's language: the archive's Language field where the text is the original
  foreign_quotes  the sentences an English text quotes in another language -> foreign[@xml:lang]
  opener       the top lines of the text -> stamp, heading, dateline, inside address, salutation
  addressed    an addressee's lines a line opening with `To` heads (`To the CC CPSU` / `Com.
               A.I. Mikoyan`, `To the Ministry of Foreign Affairs` // `Havana`)
  letterheads  the lines by a letter's or telegram's dateline naming whom it is from and to:
               letterhead, the year's motto, a cable's place and addressee
  correspondents  a letter's or a telegram's sender and addressee, by closer, opener or title
  party_bounds  where a title's correspondents end: a French `au` after an office's `à`, a
               subject after the addressee, the place of the sender's post
  letter_datelines  where and when a letter or a telegram says it was sent: its own dateline
  speech_authors  a speech's author: the speaker its title names, else its summary's subject
  author_field  the archive's Author field: the persons its catalogue form names, the authors
  paragraphs   paragraphs judged by their text alone: lines split and rejoined, closing words
  line_words   a line's words: where a sentence ends, the sentence around a word, title case
  broken_paragraphs  paragraphs the page layout broke (a sentence, a bracket) joined again
  table_rows   a table's rows as typed (`Ship | Port | Departed`, columns spaced apart): lines of
               their own, never joined nor read as closing lines
  page_furniture  a typed page's number alone on its line and the markings around it -> pb, fw
  letter_forms the set words of letters in each language: salutations, valedictions, signatures
  closing_lines  the closing lines: their roles in place
  signer_offices  whether a line names an office or a body (the signer's, the addressee's)
  text_end     the end of a text: the summary taken, closing roles, where the closing lines begin
  summary_words  whether a paragraph's words describe the document, as the archive's summary does
  closing_asides  what the closing lines step over: a page's furniture, the footnotes at the end
  closers      the text's closing paragraphs grouped -> closers, postscripts, the trailer, in order
  unread_parts the parts a reader would take that the parse left in the text, reported
  inline_labels  a second speaker's label after a dash inside a turn's paragraph, for a warning
  speakers     speaker labels at the start of a paragraph
  bracket_labels  FBIS's speaker labels in brackets ([Question], [Castro])
  label_patterns  the shapes a speaker label takes: its name, titles, initials, deliveries, mark
  doubt_marks  a label the source marks unsure (`Rusk?:`): the question mark of its doubt
  label_words  the words that make an opening a speaker's label or none (offices, fields, replies)
  country_words  countries and regions as a report's run-in headings print them (`CUBA:`): no
               speaker's label
  name_shapes  whether a label no register knows is shaped as a person's name (`Hermes Lima:`)
  unnamed_labels  labels of speakers the source names by no name: a voice, a part (`QUESTION:`)
  outline_numbers  the record's own numbering: section numerals (`II.`), outline letters
  alphabets    the capital and small letters of every alphabet as regex classes; a text's script
  record_fields  the words heading the record's fields and remarks, in the archive's languages
  listed_persons the persons a document's head lists as there (Present: ...), by name
  listed_offices the offices the head's list gives its persons (Ambassador Alekseev)
  listed_participants  the register persons the head's list names: participants, speaking or not
  occupied_offices  an office's holder by his register occupation: the title's person, the
               record's country's (The President: in an American record)
  office_ties  the holders a document's head and title tie its labels of an office alone to
  speaker_refs a turn's label -> the register person it names, or why not (diagnostics)
  speaker_choice  which of the register persons a label answers to speaks (CASTRO: Fidel, Raúl)
  interview_parties  an interview's parties by its title: who answers (`A:`), who asks (`Q:`)
  namesakes    a surname register persons share (`MIKOYAN:`, `S. Mikoyan`) -> the one the title
               or the initials name
  loose_turns  a label match_label refuses that still opens a turn, or why not
  office_runs  a label's run of office words before a register name (Foreign Minister Roa:)
  surname_bearers  another bearer of a speaker's surname the document names (Robert Kennedy)
  abbreviated_labels  the label abbreviations a participants list defines (Mikoyan (M.))
  initials_labels  labels of a participant's initials (`A.M.:` for A. I. Mikoyan): whom they name
  label_heads  a paragraph's head shaped like a label (U THANT:) that no open turn may absorb
  office_holders  an office's later label tied to the holder an earlier label names (Hansard)
  title_names  the full name a title gives a speaker's surname label (BALL -> George Ball)
  remark_speakers a remark the record heads with who made it (Remark by Guevara:) -> his label
  turn_ends    what ends an open turn besides the next label (the record's own voice)
  inline       editorial brackets and stage directions -> inline nodes
  record_notes brackets that are the original record's notes (`[Interpreter's note: ...]`)
  marked_words the word a mark follows (`word [?]`, `"bitter" [sic]`) put in the mark's element
  breaks       page and line breaks of the printed source: the label `pb` leaves unsaid, an
               element's text with its line breaks read as the source reads them (spaced_text)
  gap_markers  which bracket contents say text is missing (`[2 lines not declassified]`), and why
  source_marks brackets of a document's own marks: hand (added, crossed out, underlined),
               stamp, blank; a recording's times, events
  footnotes    the footnotes ending a text moved to their markers `[1]` (notes with @n)
  footnote_signs  footnotes called by a sign, `*`, `(a)`, `1)`: their markers in the text
  paragraph_numbers  a paragraph's own number (`1.`, `(a)`) marked as the source's label
  stage_parens stage directions in a turn, one rule for `(...)` and `[...]`; `(inaudible)`
  resolve      names (registers) and dates (dates) inside the text
  seen_through the text as names and dates are read in it: through no-break spaces, soft
               hyphens, a word divided at a line's end
  days_told    which days counted from a document's own its text reads (`today`, `Sunday`)
  person_names a person's surname in the text: where the name begins, or signs it is another's
  forenames    whether a word is a given name (the gender-guesser package's dictionary)
  given_names  whether the given names or initials before a surname are a register person's
  given_before  a register person's surname after a forename or initials not his (`R. Kennedy`,
               `Роберт Кеннеди`): another's
  registers    the edition's registers of persons, places and organizations
  provisional_persons  the registers' stand-ins for speakers and foreign person ids they lack
  register_files  the register files (TEI lists) read into entries and written back
  register_mentions  the register names in running text: one pattern of all forms, whole words
  embedded_names  register names inside a longer proper name not theirs (`Hotel Habana Libre`)
  other_places register places naming another place or a piece of another name (`Santiago`
               of the Chilean embassy, `Lake Washington`, `George Washington`)
  address_bodies  whose body an address names at a line's end, by the line under it (`Havana`)
  russian_cases  a register's Cyrillic name in Russian's other cases (`Хрущев` -> `Хрущева`)
  polish_cases  a register's Polish name in Polish's other cases (`Kuba` -> `Kuby`, `Kubie`)
  german_cases  a register's German name in the genitive (`Kuba` -> `Kubas`)
  name_forms   names folded to upper case without accents, split into tokens, compared
  name_regex   one regular expression for many names (a trie): register names in text
  dates        the date logic: parsing and normalizing dates in text
  date_mentions  a date mention, the text it is read in, the helpers each rule makes one with
  date_patterns  the vocabulary and regular expressions dates uses
  date_openings  where in a text each date rule can begin a match (the scans before the rules)
  date_months  the month names of English and the archive's other languages, as dates write them
  date_day_first  dates written day first (`5 November 1962`, `the 7th or 8th of November`), a
               night (`27/28 October`), a span across months (`23 October - 6 November 1962`)
  date_tenses  the words that tell a weekday's sentence past or future (will, was, would, is)
  date_weekdays  a weekday or a day of the month alone (`the 28th`) seen from the document date:
               by its cue or its sentence's tense
  date_spans   spans written as two dates (`31.XII.1962-2.I.1963`, `December 31, 1962 -
               January 2, 1963`)
  date_spanish  Spanish days and months counted from the document date (`el pasado lunes`,
               `en enero`)
  date_hungarian  Hungarian dates, the year first, the day's period or suffix (`1962. október
               28.`, `Október 31-én`)
  date_month_days  a day of the document's month or the one before or after it (`4th inst.`,
               `the 27th ult.`), a diary's day head (`28th. Sunday.`)
  date_years   the year two digits write (`28 Oct 62`); a four-digit number that is a year or
               not (`no. 1856`, `1400 GMT`, `1032 -- Report`, `MOSCOW 1121`)
  date_times   dateline times (`0117Z`, `4:30–6 p.m.`) -> ISO timestamps, US Eastern offsets
  date_clocks  a record's times of the clock (`11:10 a.m.` heading a call, `The meeting rose at
               7.25 p.m.`) -> timestamps of the document's day
  date_calendars  days of the Julian calendar (`25 December O.S.`, `October 15/28, 1962`) ->
               their Gregorian day
  date_quotes  a date line in the text: the day its part's or quotation's paragraphs count from
  date_papers  the day a paper of a given date gives the words the text quotes or reports of it
  date_checks  dates naming no real day (`31.II.62`), read month first (`5.13.1962`) or either
               way (`11/5/62`), reported where the text shapes a date
  overrides    the editor's sidecar files that settle what heuristics get wrong
  toml_places  reading a TOML file: its data, each key's line, its errors in plain words
  tei/         model -> TEI: header (its date field's marks: tei/date_marks), body, line
               numbering (citation), conventions; and
               TEI read back as printed, brackets and all (tei/reading); the numbers and
               labels of notes, for the pages and the indices alike (tei/notes)
  validate     RELAX NG (project and tei_all), Schematron, pointer/id/bracket checks
  schematron   edition.sch compiled to XSLT as lxml does it, less the idle tree walks
  schema_prune tei_all cut down to the project's elements (accepts nothing tei_all rejects)
  schema_cache that cut-down tei_all kept on disk under a hash of its inputs
  checks       no word lost, no Record ID used twice
  report       the per-document encoding report
  workers      per-document work in worker processes: encode + validate + collect, render
  publish      a document's open data, made by the worker that renders it (DTS, corpus members)
  parallel     the process pool, results in input order
  cache        build cache of encode + validate results and of rendered pages (incremental)
  read_ahead   the cache's many small files fetched from the disk ahead of the reader
  source_keys  cache keys of the sources, hashed again only when their stat changed
  progress     stage progress on stderr, and timings
  heap         the garbage collector kept off the corpus the build holds to its end
  output       the second half of the build: validated corpus -> the staged site, swapped in
  previous     what the last build made, and taking its unchanged files over
  kept_keys    the keys of entry and month pages, made again only where a changed document has rows
  open_data    the edition-wide downloads, DTS collections and citations.json of a build
  splice       big files of per-document parts, the unchanged parts copied from the last site
  spare        the site before the last, kept to move unchanged passage folders from
  collect      TEI trees -> the site model (indices, chronology, citations)
  assemble     every document's part -> the site model's indices, in chronological order
  ties         the register entries a document's TEI header names, with their roles
  source_refs  source statements read for citing: the archive reference, the FRUS volume
  records      the site model's records, pickled small and read back sharing recurring strings
  kwic         keywords in context: each register entry's mentions, kept out of the site model
  render/      TEI -> HTML as a behaviour table, pages, URLs, citations, kept line-end hyphens
  search       the Pagefind full-text index, in parts of consecutive documents (search_parts.js)
  search_fold  letters Pagefind keeps (ł, ß, ø ...) folded in the index and the query
  pagefind_canon  Pagefind bundles made byte-reproducible
  export/      open data: TEI ZIP and teiCorpus, CMIF, registers as JSON-LD, speaker analytics
  dts          Distributed Text Services 1.0 as static files (entry, collection, navigation,
               document)
  dts_documents  the DTS Document endpoint: the whole TEI and each line's passage
  manifest     citations.json: every citable line hashed; changes since the previous release
  weblinks     web addresses in ref/@target, and the FRUS addresses of documents
  write        the site written to a staging folder and swapped in atomically
  serve        preview the built site on 127.0.0.1
  evaluate     measure turn detection against gold answers
"""

__version__ = "0.1.0"
