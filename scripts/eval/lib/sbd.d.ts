/**
 * Types for the `sbd` package (sentence boundary detection, CommonJS, no
 * bundled types), used by the eval and bench scripts as a peer system.
 */
declare module 'sbd' {
  /** Options of `sbd.sentences`; all default to `false` / unset. */
  export interface SbdOptions {
    readonly newline_boundaries?: boolean;
    readonly html_boundaries?: boolean;
    readonly sanitize?: boolean;
    readonly allowed_tags?: boolean | readonly string[];
    readonly preserve_whitespace?: boolean;
    readonly abbreviations?: readonly string[];
  }
  /** The module object. */
  interface Sbd {
    /** Splits `text` into sentences. */
    sentences(text: string, options?: SbdOptions): string[];
  }
  const sbd: Sbd;
  export default sbd;
}
