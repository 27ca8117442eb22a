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
  Empty inputs and binary ones (or text not in UTF-8) are skipped, each with
  one warning line on standard error; so is a text whose control characters
  had to be dropped. The comparison goes on while at least two inputs are
  usable (or the only input given is).

  --format json|md|html   output format (default: from --out's extension, else md)
  --out FILE              write the report to FILE instead of standard output; an existing
                          FILE is overwritten, unless it is one of the inputs (refused, exit 2)
  --outlet NAME=FILE      give the source read from FILE an outlet name (repeatable)
  --threshold REL=VALUE   lowest score of a relation: near-verbatim, paraphrase or related,
                          VALUE in [0, 1] (repeatable), e.g. --threshold paraphrase=0.6
  --min-relation REL      weakest relation that aligns two sentences:
                          near-verbatim, paraphrase (default) or related
  --no-provenance         do not trace provenance (wire evidence, reuse, graph)
  --quiet                 no progress bar

normalize: show what copydesk keeps and removes in one article.
  --format json|text      the normalized article as JSON (default), or a readable summary

Exit codes (a failure is one line on standard error, warnings one line each):
  0  success, also when some inputs were skipped with a warning
  1  runtime or data error: an unreadable file or broken symbolic link, an
     empty directory, fewer than two usable inputs of several, a single input
     that is empty or binary, a failed write (full disk, closed pipe)
  2  usage error (unknown command or option, missing argument, bad value,
     --out naming one of the inputs)

Examples:
  copydesk compare seeds/*.txt --format html --out report.html
  copydesk compare seeds --format json > comparison.json
  cat article.txt | copydesk normalize - --format text
`;
