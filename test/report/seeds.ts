// Shared fixtures of the report tests: the five seed articles, and sources full of hostile markup.
import { alignSources, type Comparison } from 'copydesk';
import { seedFiles } from '../fixtures/seeds';

export { seedFiles };

export function seedComparison(): Comparison {
  return alignSources(seedFiles);
}

/** Markup that must come out as text. `window.__pwned` is set if any of it runs. */
export const HOSTILE = {
  scriptTag: '<script>window.__pwned = "script"</script>',
  imgTag: '<img src=x onerror="window.__pwned = \'img\'">',
  closeStyle: '</style><script>window.__pwned = "style"</script>',
  closeScript: '</script><script>window.__pwned = "close"</script>',
  quote: '" onmouseover="window.__pwned = \'attr\'" x="',
  svg: '<svg onload="window.__pwned = \'svg\'"></svg>',
};

/** Two sources that share sentences, whose ids, outlets, URLs and text carry hostile markup. */
export function hostileComparison(): Comparison {
  const shared =
    'The minister said on Tuesday that the new bridge across the river would open to traffic in March after four years of work.';
  const shared2 =
    'Officials expect about 40,000 vehicles a day to use the bridge, easing congestion on the two older crossings downtown.';
  return alignSources([
    {
      id: `a${HOSTILE.scriptTag}`,
      outlet: `Daily ${HOSTILE.quote}`,
      url: 'javascript:window.__pwned="url"',
      text: `Bridge ${HOSTILE.closeStyle} opens\n\n${shared} ${HOSTILE.imgTag}\n\n${shared2}\n\nReaders said ${HOSTILE.closeScript} and ${HOSTILE.svg} in the comments.\n\nAdvertisement`,
    },
    {
      id: `b${HOSTILE.quote}`,
      outlet: `Evening ${HOSTILE.scriptTag}`,
      url: 'https://example.com/news?a=1&b="2"',
      text: `Bridge to open in March\n\n${shared}\n\n${shared2} ${HOSTILE.scriptTag}\n\nSubscribe to our newsletter ${HOSTILE.imgTag}`,
    },
  ]);
}

/** The comparison without the optional stages: no typed changes on links, no provenance. */
export function alignmentOnly(comparison: Comparison): Comparison {
  const { provenance: _omit, ...rest } = comparison;
  return {
    ...rest,
    groups: comparison.groups.map((g) => ({ ...g, links: g.links.map((l) => ({ ...l, changes: [] })) })),
  };
}
