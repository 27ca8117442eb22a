/**
 * Step 14: URLs anywhere in the text, as metadata.
 *
 * @packageDocumentation
 */
import { URL_IN_TEXT } from '../rules/metadata';
import { type Draft, toSpan } from './draft';

/** Collects every URL of the cleaned text into the metadata. @internal */
export function collectUrls(draft: Draft): void {
  const { text } = draft;
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) {
    draft.metadata.urls.push(toSpan(draft, m.index, m.index + m[0].length));
  }
}
