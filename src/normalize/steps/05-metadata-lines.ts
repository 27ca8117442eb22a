/**
 * Step 5: metadata lines that may sit anywhere: wire credits (a legal notice
 * naming an agency, a credit line, a credit closing a paragraph), bylines and
 * sign-offs, photo credits, captions and media widgets.
 *
 * @packageDocumentation
 */
import { matchSignOff } from '../rules/bylines';
import { matchCreditChain } from '../rules/captions';
import { findCredit, matchByline, matchCredit, matchDatedByline, matchPhotoCredit } from '../rules/metadata';
import { METADATA_LINES } from '../tuning';
import {
  captionMarkerOf,
  captionShapeOf,
  type Draft,
  type Line,
  markCaption,
  mediaWidgetOf,
  photoCreditsOf,
  remove,
  toSpan,
} from './draft';

function markPhotoCredit(draft: Draft, line: Line, sources: string[]): void {
  remove(line, 'photo-credit', 'line:photo-credit');
  draft.captionBlocks.add(line.block);
  draft.metadata.photoCredits.push({ ...toSpan(draft, line.cStart, line.cEnd), sources });
}

function markByline(draft: Draft, line: Line, afterProse: boolean): boolean {
  const plain = matchByline(line.text, draft.agencies);
  const dated = plain ? undefined : matchDatedByline(line.text, draft.agencies);
  if (dated !== undefined && afterProse) {
    // A byline and date below the story's prose: a teaser card of another story (`by Ben Popper on September
    // 17, 2019` under its headline), not this story's byline.
    remove(line, 'boilerplate:navigation', 'line:teaser-byline');
    return true;
  }
  const byline = plain ?? dated;
  // A reporter's sign-off closing the story (`— David R. Baker`) is a byline too.
  const signOff = byline ? undefined : matchSignOff(line.text, draft.agencies);
  if (!byline && !signOff) return false;
  remove(line, 'metadata:byline', byline ? 'line:byline' : 'line:sign-off');
  draft.metadata.bylines.push({
    ...toSpan(draft, line.cStart, line.cEnd),
    names: byline?.names ?? signOff!,
    ...(byline?.agency ? { agency: byline.agency } : {}),
  });
  return true;
}

/** Finds the metadata lines among the body candidates and the furniture. @internal */
export function markMetadataLines(draft: Draft): void {
  const { agencies, metadata } = draft;
  // A legal notice naming a wire agency (`Copyright © 2012 AFP. All rights
  // reserved.`) is the agency's credit on its copy, not the outlet's furniture.
  for (const line of draft.content) {
    if (line.role.kind !== 'removed' || !line.role.reason.startsWith('boilerplate:')) continue;
    const credit = matchCredit(line.text, agencies);
    if (!credit?.agency) continue;
    remove(line, 'credit', 'line:wire-credit');
    metadata.credits.push({
      ...toSpan(draft, line.cStart, line.cEnd),
      agency: credit.agency,
      reporters: credit.reporters,
      editors: credit.editors,
    });
  }
  // Metadata lines that may appear anywhere: bylines, photo credits, explicit captions, credit lines.
  // Whether a paragraph of prose has been read yet: a dated byline after one is a teaser's.
  let afterProse = false;
  for (const line of draft.bodyCandidates) {
    if (line.role.kind !== 'body') continue;
    if (markByline(draft, line, afterProse)) continue;
    if (line.words >= METADATA_LINES.proseWords) afterProse = true;
    const photo = matchPhotoCredit(line.text, agencies) ?? matchCreditChain(line.text);
    if (photo) {
      markPhotoCredit(draft, line, photo);
      continue;
    }
    // `By Slaven Vlasic/Getty Images.`, `Image copyright PA`, `(Associated Press)`: a photo credit filling the line.
    const photoCredits = photoCreditsOf(draft, line);
    if (photoCredits.length === 1 && photoCredits[0]!.start === 0 && photoCredits[0]!.end === line.text.length) {
      markPhotoCredit(draft, line, photoCredits[0]!.sources);
      continue;
    }
    const found = findCredit(line.text, agencies);
    if (found) {
      const { start, credit } = found;
      // A credit closing a body paragraph (`... said. (Editing by ...)`) is cut off it when the body is assembled.
      if (start === 0) remove(line, 'credit', 'line:wire-credit');
      else draft.creditFrom.set(line, start);
      metadata.credits.push({
        ...toSpan(draft, line.cStart + start, line.cEnd),
        ...(credit.agency ? { agency: credit.agency } : {}),
        reporters: credit.reporters,
        editors: credit.editors,
      });
      continue;
    }
    if (captionMarkerOf(line)) {
      markCaption(draft, line, 'line:caption-marker');
      continue;
    }
    const shape = captionShapeOf(draft, line);
    if (shape) {
      markCaption(draft, line, shape);
      continue;
    }
    const widget = mediaWidgetOf(line);
    if (widget?.caption) markCaption(draft, line, widget.rule);
    else if (widget && draft.removeBoilerplate) remove(line, 'boilerplate:navigation', widget.rule);
  }
  // Symbol-only lines that share a block with a caption belong to the caption.
  for (const line of draft.content) {
    if (line.role.kind === 'body' && draft.captionBlocks.has(line.block) && !/[\p{L}]{2}/u.test(line.text)) {
      markCaption(draft, line, 'block:caption-part');
    }
  }
}
