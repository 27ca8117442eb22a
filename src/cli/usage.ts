/** Help text and exit codes of the `copydesk` command. */

/** Exit codes: documented in `--help` and the README. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export const HELP = `copydesk: compare how news outlets tell the same story.

Usage:
  copydesk compare <file | dir | -> ... [options]
  copydesk normalize <file | -> [--html] [--format json|text] [--out FILE]
  copydesk index add <file | dir | -> ... --db FILE [options]
  copydesk index match <file | -> --db FILE [--html] [--format json|text] [--outlet NAME=FILE]
  copydesk index stories --db FILE [--format json|md] [--min-articles N] [--limit N]
  copydesk index stats --db FILE
  copydesk --help | --version

compare: align the sentences of several articles: plain text files (.txt, or
  any other name) and HTML pages (.html and .htm files, read with the library's
  { html } input: every offset in the report points into the page's HTML).
  A directory stands for all *.txt, *.html and *.htm files inside it, sorted
  by name; - reads standard input, as text (as an HTML page with --html).
  Each source's id is its file name without .txt, .html or .htm (stdin).
  Empty inputs and binary ones (or text not in UTF-8) are skipped, each with
  one warning line on standard error; so is a text whose control characters
  had to be dropped, or one in which no article body was found (a page of
  navigation only, a page with no visible text). The comparison goes on while at least two inputs are
  usable (or the only input given is).

  --format json|md|html   output format (default: from --out's extension, else md)
  --out FILE              write the report to FILE instead of standard output; an existing
                          FILE is overwritten, unless it is one of the inputs (refused, exit 2)
  --outlet NAME=FILE      give the source read from FILE an outlet name (repeatable)
  --html                  read standard input (-) as an HTML page, not as text
  --threshold REL=VALUE   lowest score of a relation: near-verbatim, paraphrase or related,
                          VALUE in [0, 1] (repeatable), e.g. --threshold paraphrase=0.6
  --min-relation REL      weakest relation that aligns two sentences:
                          near-verbatim, paraphrase (default) or related
  --no-provenance         do not trace provenance (wire evidence, reuse, graph)
  --quiet                 no progress bar

normalize: show what copydesk keeps and removes in one article (a text, or an
  HTML page: a .html or .htm file, or standard input with --html).
  --html                  read standard input (-) as an HTML page, not as text
  --format json|text      the normalized article as JSON (default), or a readable summary

index: a corpus index of articles kept in one file (--db FILE, required): which
  earlier articles each new one copies or shares text with, and its story.
  add      adds articles (files, directories of *.txt, *.html and *.htm, - for
           standard input; .html and .htm files are HTML pages) and writes
           one line per article; FILE is created when missing and
           rewritten at the end (to FILE.tmp, then renamed: a failure part way
           leaves it as it was). An article's id is its file name without .txt,
           .html or .htm (stdin), its publication time the file's modification
           time (now for stdin). An id already in FILE is skipped with a warning line.
  match    the answer add would give for one article, without adding it
  stories  the stories held, largest first, as a Markdown table (default) or JSON
  stats    what FILE holds, as JSON

  --db FILE               the index file (required)
  --format json|text      add, match: one readable line per article (default),
                          or one JSON object per line (the library's CorpusResult
                          with the input's "file")
  --format json|md        stories: Markdown table (default) or JSON
  --outlet NAME=FILE      add, match: the outlet of the article read from FILE (repeatable)
  --html                  add, match: read standard input (-) as an HTML page, not as text
  --window N              add, new FILE only: keep N days (or hours) of articles (default 7)
  --bucket day|hour       add, new FILE only: the unit of the window (default day);
                          with an existing FILE both are ignored, with a warning
  --min-articles N        stories: only stories of at least N articles
  --limit N               stories: at most N stories
  --quiet                 add: no progress bar

Exit codes (a failure is one line on standard error, warnings one line each):
  0  success, also when some inputs were skipped with a warning
  1  runtime or data error: an unreadable file or broken symbolic link, an
     empty directory, fewer than two usable inputs of several, a single input
     that is empty or binary, a failed write (full disk, closed pipe), an
     index file that is missing (match, stories, stats) or not an index
  2  usage error (unknown command or option, missing argument, bad value,
     --out naming one of the inputs, a missing --db, --db naming an input,
     --html without - among the inputs)

Examples:
  copydesk compare seeds/*.txt --format html --out report.html
  copydesk compare seeds --format json > comparison.json
  copydesk compare wire.html copy.htm --format json   # offsets point into each page's HTML
  curl -s https://example.com/story | copydesk normalize - --html --format text
  cat article.txt | copydesk normalize - --format text
  copydesk index add seeds --db news.idx && copydesk index stories --db news.idx
`;
