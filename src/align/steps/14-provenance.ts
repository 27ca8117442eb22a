/**
 * Step 14: provenance, traced when asked or, by default, for up to
 * {@link AUTO_PROVENANCE_LIMIT} sources.
 *
 * @packageDocumentation
 */
import { CopydeskError } from '../../core/errors';
import type { Provenance } from '../../core/provenance';
import type { Article, Diagnostic } from '../../core/types';
import { traceProvenance } from '../../provenance/trace-provenance';
import { AUTO_PROVENANCE_LIMIT } from '../tuning';

/** The provenance of the sources in the order given, or undefined when not traced (with a diagnostic when skipped). */
export function provenanceOf(
  given: readonly Article[],
  option: boolean | 'auto' | undefined,
  diagnostics: Diagnostic[],
): Provenance | undefined {
  const value = option ?? 'auto';
  if (value !== true && value !== false && value !== 'auto') {
    throw new CopydeskError('ERR_INVALID_OPTION', "Option `provenance` must be true, false or 'auto'.");
  }
  const traceIt = value === true || (value === 'auto' && given.length <= AUTO_PROVENANCE_LIMIT);
  if (value === 'auto' && !traceIt) {
    diagnostics.push({
      code: 'provenance-skipped',
      severity: 'info',
      message: `Provenance was not traced for ${given.length} sources (more than ${AUTO_PROVENANCE_LIMIT}); call traceProvenance(comparison) or pass \`provenance: true\`.`,
    });
  }
  return traceIt ? traceProvenance(given) : undefined;
}
