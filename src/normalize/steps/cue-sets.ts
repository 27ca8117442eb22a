/**
 * The cue sets every line is read for in step 1 (see `LineScanner`): one a
 * line rule, by its index in `LINE_RULES`, then the photo-credit cue.
 *
 * @packageDocumentation
 */
import { LINE_RULES } from '../rules/boilerplate';
import { LineScanner } from '../rules/line-scanner';
import { PHOTO_CUES } from '../rules/metadata';

/** The cue set of photo credits and caption markers. @internal */
export const PHOTO_CUE_SET = LINE_RULES.length;

/** The scanner of step 1, compiled once. @internal */
export const LINE_SCANNER = new LineScanner([...LINE_RULES.map((rule) => rule.cues), PHOTO_CUES]);
