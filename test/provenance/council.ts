/**
 * A hand-written local story and a rewrite of its first part, for provenance tests.
 */

// A council story of eight sentences, and a rewrite of its first five (every sentence reworded, order kept,
// nothing verbatim), the last three cut: the copy holds no sentence of its own.
export const SOURCE = [
  'Harbour council votes to close the old ferry pier',
  'The Harbour District council voted 7 to 2 on Tuesday to close the Victorian ferry pier at Millbrook after engineers found corroded iron supports.',
  'Repairs were estimated at 4.3 million pounds, more than twice the annual maintenance budget of the district.',
  'Ferry operator Bluewater Lines said it would move its Millbrook sailings to the container quay at Eastgate from March.',
  'Local traders warned that losing the pier would cost the town centre much of its summer tourist trade.',
  'The council promised to commission a feasibility study for a replacement pier within two years.',
  'A heritage group has asked Historic England to list the pier before any demolition work begins in the spring.',
  'The pier, opened in 1874, carried more than 200,000 passengers a year at its peak in the 1950s.',
  'Councillor Mary Oduya, who voted against the closure, said the district had neglected the structure for decades.',
].join('\n\n');
export const REWRITE = [
  'Millbrook pier to shut after council vote',
  'After engineers discovered corroded iron supports, Harbour District councillors decided by 7 votes to 2 on Tuesday to shut the Victorian-era ferry pier in Millbrook.',
  'Fixing the structure would have cost an estimated 4.3 million pounds, over double the district annual maintenance budget.',
  'Bluewater Lines, which runs the ferry, said Millbrook sailings would transfer to the Eastgate container quay starting in March.',
  'Shopkeepers in the area cautioned that without the pier the town centre would lose a large part of its summer tourist business.',
  'A feasibility study for building a new pier within two years was promised by the council.',
].join('\n\n');
