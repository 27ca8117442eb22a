/**
 * The options of `normalizeArticle` and their defaults.
 *
 * @packageDocumentation
 */
import type { AgencyDefinition } from './agencies';

/** Options of {@link normalizeArticle}. */
export interface NormalizeOptions {
  /**
   * Largest accepted input, in UTF-16 code units. Longer input throws
   * `ERR_INPUT_TOO_LARGE` rather than being truncated.
   *
   * @defaultValue 5_242_880 (5 MiB of ASCII text)
   */
  readonly maxLength?: number;
  /**
   * Whether to remove page furniture (ads, newsletter, paywall, navigation).
   * With `false`, only metadata is separated from the body.
   *
   * @defaultValue true
   */
  readonly removeBoilerplate?: boolean;
  /**
   * Agencies recognized in datelines, credit lines and photo credits.
   *
   * @defaultValue {@link DEFAULT_AGENCIES}
   */
  readonly agencies?: readonly AgencyDefinition[];
}

/** Default {@link NormalizeOptions.maxLength}: 5 MiB. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;
