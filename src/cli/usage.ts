/** Help text and exit codes of the `copydesk` command. */

/** Exit codes: documented in `--help` and the README. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export const HELP = `copydesk: compare how news outlets tell the same story.

Usage:
  copydesk compare <file | dir | -> ... [options]
  copydesk normalize <file | -> [--format json|text] [--out FILE]
  copydesk --help | --version

compare: align the sentences of several articles (plain text files).
  A directory stands for all *.txt files inside it, sorted by name; - reads
  standard input. Each source's id is its file name without .txt (stdin).

  --format json|md|html   output format (default: from --out's extension, else md)
  --out FILE              write the report to FILE instead of standard output
  --outlet NAME=FILE      give the source read from FILE an outlet name (repeatable)
  --threshold REL=VALUE   lowest score of a relation: near-verbatim, paraphrase or related,
                          VALUE in [0, 1] (repeatable), e.g. --threshold paraphrase=0.6
  --min-relation REL      weakest relation that aligns two sentences:
                          near-verbatim, paraphrase (default) or related
  --no-provenance         do not trace provenance (wire evidence, reuse, graph)
  --quiet                 no progress bar

normalize: show what copydesk keeps and removes in one article.
  --format json|text      the normalized article as JSON (default), or a readable summary

Exit codes:
  0  success
  1  runtime or data error (unreadable file, empty directory, bad input)
  2  usage error (unknown command or option, missing argument, bad value)

Examples:
  copydesk compare seeds/*.txt --format html --out report.html
  copydesk compare seeds --format json > comparison.json
  cat article.txt | copydesk normalize - --format text
`;
