/**
 * The map of a text built from pieces of an HTML source: an {@link OffsetMap}
 * (edits from the HTML to the text) that also keeps its edits, so that the
 * maps of several blocks can be laid end to end into one map of their joined
 * text.
 *
 * @packageDocumentation
 */
import { OffsetMap } from '../core/offset-map';

/**
 * An {@link OffsetMap} from a derived text back to the HTML it was read from,
 * which remembers its edits (`[htmlStart, htmlEnd, textStart, textEnd]`, flat)
 * so that {@link SourceTextMap.appendTo} can copy them, shifted, into the map
 * of a longer text.
 *
 * @internal
 */
export class SourceTextMap extends OffsetMap {
  /** The edits in order, four numbers each: HTML start, HTML end, text start, text end. */
  readonly edits: number[] = [];
  /** HTML offset of the first character of the text (set by the builder). */
  textStart = 0;
  /** HTML offset just past the last character of the text (set by the builder). */
  textEnd = 0;

  override add(origStart: number, origEnd: number, normStart: number, normEnd: number): void {
    super.add(origStart, origEnd, normStart, normEnd);
    this.edits.push(origStart, origEnd, normStart, normEnd);
  }

  /**
   * Copies this map's edits into `target`, with text offsets shifted by
   * `shift`, skipping the leading deletion that every block map starts with
   * (`target` already covers the HTML before the block).
   *
   * @param target - The map of the longer text, whose edits so far end before this block.
   * @param shift - Where this map's text starts in the longer text.
   * @param from - The HTML offset the target's last edit ends at; edits ending at or before it are skipped.
   */
  appendTo(target: SourceTextMap, shift: number, from: number): void {
    const e = this.edits;
    for (let i = 0; i < e.length; i += 4) {
      if (e[i + 1]! <= from && e[i]! < from) continue;
      target.add(Math.max(from, e[i]!), e[i + 1]!, e[i + 2]! + shift, e[i + 3]! + shift);
    }
  }
}
