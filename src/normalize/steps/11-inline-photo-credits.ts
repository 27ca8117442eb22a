/**
 * Step 11: photo credits inside captions and body lines (`... (AP
 * Photo/Reed Saxon)`, `Image copyright AFP Image caption ...`): metadata
 * only, the line keeps its role.
 *
 * @packageDocumentation
 */
import { type Draft, photoCreditsOf, toSpan } from './draft';

/** Adds the photo credits found inside kept lines and captions, then orders all photo credits. @internal */
export function collectInlinePhotoCredits(draft: Draft): void {
  const { metadata } = draft;
  for (const line of draft.content) {
    const role = line.role;
    if (role.kind !== 'body' && !(role.kind === 'removed' && role.reason === 'caption')) continue;
    for (const c of photoCreditsOf(draft, line)) {
      metadata.photoCredits.push({
        ...toSpan(draft, line.cStart + c.start, line.cStart + c.end),
        sources: c.sources,
      });
    }
  }
  metadata.photoCredits.sort((a, b) => a.start - b.start);
}
