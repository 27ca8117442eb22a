/**
 * The shape of a line rule and of the line it sees, shared by the rule tables.
 *
 * @packageDocumentation
 */
import type { RemovalReason } from '../../core/types';
import type { LineCues } from './line-scanner';

/** What a line rule sees: one trimmed, cleaned line and a few of its measures. @internal */
export interface LineView {
  /** Cleaned text of the line, trimmed. */
  readonly text: string;
  /** Number of word tokens. */
  readonly words: number;
  /** Ends with sentence-final punctuation (optionally followed by a quote or bracket). */
  readonly terminal: boolean;
}

/**
 * A rule that recognizes one kind of page furniture from the shape and
 * vocabulary of a single line. Rules are general: they describe how
 * newsletter prompts, paywall lines or share bars are written, never the text
 * of one article.
 *
 * @internal
 */
export interface LineRule {
  /** Stable identifier, reported on each removed span (`line:paywall-count`). */
  readonly id: string;
  /** Reason reported for spans this rule removes. */
  readonly reason: RemovalReason;
  /** Whether the rule marks the start of the page's trailing furniture. */
  readonly terminator?: boolean;
  /**
   * Whether the furniture sits inside the story (a link to another story, a
   * pointer to a player, a correction note): such a line never starts the
   * trailing zone, and a fragment between it and prose is a subheading.
   */
  readonly inline?: boolean;
  /**
   * Longest line the rule looks at, in words.
   *
   * @defaultValue 60 (furniture is short; a long paragraph is never one line of it)
   */
  readonly maxWords?: number;
  /**
   * What a line must hold for `test` to be worth running: the rule is
   * skipped on a line without any of its cues. Without cues, `test` runs on
   * every line short enough.
   */
  readonly cues?: LineCues;
  /** Tests one line. */
  test(line: LineView): boolean;
}
