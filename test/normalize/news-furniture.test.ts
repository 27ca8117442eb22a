import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';
import { lede, ledeBody, next, page, title } from './seed-page';

// Real single lines from the Multi-News development sample (issue 12;
// /work/shared/data/multi-news-dev/clusters.jsonl, cited as cluster idx / doc /
// paragraph), short furniture lines and a few body lines only: the articles
// belong to their publishers. Each is set between real body paragraphs of
// seed 001, as on a page.

type Case = readonly [line: string, reason: string, rule: string];

const captions: Case[] = [
  // cluster 49 doc 2 #3: a caption closed by the picture's web source.
  [
    "Tory MP Karen Vecchio says she will oppose Liberal MP Mauril Belanger's bid to change the lyrics of O Canada. (parl.gc.ca)",
    'caption',
    'line:caption-credit',
  ],
  // cluster 226 doc 1 #19: photographer and agency in parentheses.
  [
    'LeBron James hugs partner-in-crime Dwyane Wade after the duo help the Miami blowout the Thunder. (Ronald Martinez/Getty Images)',
    'caption',
    'line:caption-credit',
  ],
  // cluster 7 doc 2 #1: Reuters' agency-first credit.
  [
    'Ueli Steck, a mountaineer from Switzerland, speaks to the media during an interview at a hotel in Kathmandu, Nepal May 30, 2016. REUTERS/Navesh Chitrakar',
    'caption',
    'line:caption-credit',
  ],
  // cluster 192 doc 0 #1: a handout credit after the caption's last sentence.
  [
    'Former U.S. Secretary of State Hillary Clinton poses with Mukesh Ambani, Chairman of Reliance Industries, and his wife Nita Ambani after her arrival in Udaipur to attend pre-wedding celebrations of their daughter Isha Ambani in the desert state of Rajasthan, India, December 8, 2018. Reliance Industries/Handout via REUTERS',
    'caption',
    'line:caption-credit',
  ],
  // cluster 65 doc 2 #1: the AP archive-photo lead.
  [
    'FILE - In this Jan. 28, 2014, file photo, Northwestern quarterback Kain Colter, right, speaks while College Athletes Players Association President Ramogi Huma listens during a news conference in Chicago.... (Associated Press)',
    'caption',
    'line:caption-photo-lead',
  ],
  // cluster 127 doc 0 #0: a present-tense caption closed by the date of the picture.
  [
    'Bahraini activist Zainab al-Khawaja (L) is greeted by Sumaiya Rajab, wife of jailed activist Nabeel Rajab, after her release from prison in Budaiya, west of Manama, February 16, 2014.',
    'caption',
    'line:caption-dated',
  ],
  // cluster 20 doc 1 #10: the labels of an embedded player.
  [
    'Media playback is unsupported on your device Media caption Robert Plant says the tracks are "of the time"',
    'caption',
    'line:caption-media-label',
  ],
  // cluster 209 doc 0 #0: a gallery counter.
  [
    '1 of 12. Lieutenant Clayton Hunt and Lieutenant (junior grade) Nicholas Horton, naval aviators assigned to Patrol Squadron (VP) 16, pilot a P-8A Poseidon during a mission to assist in search and rescue operations for Malaysia Airlines flight MH370 in this March 24, 2014 handout photo.',
    'caption',
    'line:caption-figure',
  ],
  // cluster 235 doc 0 #19: a player with its running time and title.
  ['Play Video 2:10 UN Security Council steps up sanctions against N Korea – video', 'caption', 'line:media-widget'],
  // cluster 138 doc 0 #12: a video carousel.
  [
    'JUST WATCHED Area 51 Revealed Replay More Videos ... MUST WATCH Area 51 Revealed 04:56',
    'caption',
    'line:media-widget',
  ],
  // cluster 128 doc 2 #6: a source and the word photo in the closing parentheses.
  [
    'Exterior of the legitimate U.S. Embassy in Accra, Ghana (U.S. Department of State photo)',
    'caption',
    'line:caption-credit',
  ],
  // cluster 83 doc 0 #6: a social account credited in parentheses.
  ['Not your ordinary cup (INSTAGRAM: jess13simpson)', 'caption', 'line:caption-credit'],
  // cluster 17 doc 2 #7: a picture taken from a social network.
  [
    'The baby and stroller landed on top of the elevator car, which was six stories below. (via Facebook)',
    'caption',
    'line:caption-credit',
  ],
  // cluster 16 doc 0 #0: a video's description closed by its publication stamp.
  [
    'Former runner-up for the Miss Delaware pageant, Brittany Lewis, was awarded the crown after original winner, Amanda Longacre, was stripped of her crown due to her age. (Published Friday, June 27, 2014)',
    'caption',
    'line:caption-credit',
  ],
  // cluster 157 doc 1 #15: `Shown is` opening a caption.
  [
    "Shown is a screenshot of Andrea Kuiper's case summary. (Orange County Sheriff's Department)",
    'caption',
    'line:caption-photo-lead',
  ],
  // From documents no label file holds (cluster / doc / paragraph as above): furniture the rules missed on pages nobody had labelled.
  // cluster 9 doc 0 #15: a picture source after a pipe closing the caption.
  [
    'Sen. Lindsay Graham listens as Sen. Sheldon Whitehouse holds up a copy of "The Kremlin Playbook" at a hearing of the Senate Judicary Committee\'s Subcommittee on Crime and Terrorism on Capitol Hill on May 8. | Getty',
    'caption',
    'line:caption-credit',
  ],
  // cluster 9 doc 4 #0: the same credit, with the teaser of another story glued after it.
  [
    '"There is no cover story or obvious response to soft-pedal what Trump meant," said one law professor. | AP Photo Trump\'s alleged plea to Comey stirs obstruction talk Many lawyers say impeachment is only viable penalty for a president\'s actions in office.',
    'caption',
    'line:caption-credit',
  ],
  // cluster 195 doc 1 #4: a gallery's caption controls left in the caption's text.
  ['Vintage furs at Furs by Graf.— Louie Juarez + Read Caption Share Photo', 'caption', 'line:caption-credit'],
  // cluster 223 doc 1 #5 and #36: a picture library alone under the picture.
  ['iStock', 'caption', 'line:caption-credit-alone'],
  // cluster 21 doc 4 #21.
  ['Photofest', 'caption', 'line:caption-credit-alone'],
  // cluster 226 doc 0 #4 and cluster 207 doc 0 #21: a picture viewer's controls before the credit and caption.
  [
    'Enlarge Image Close Getty Images LeBron James celebrated late in the fourth quarter.',
    'caption',
    'line:caption-media-label',
  ],
  [
    'Enlarge Image Close Bloomberg News Sprint, fighting to turn itself around after its disastrous merger with Nextel last decade, has managed to stem subscriber defections and improve customer service. Above, a Sprint store in San Francisco.',
    'caption',
    'line:caption-media-label',
  ],
  // cluster 204 doc 0 #11: people placed in the picture (`, left, and`).
  ['Democratic U.S. Sen. Bill Nelson, left, and Republican Gov. Rick Scott.', 'caption', 'line:caption-credit'],
  // cluster 163 doc 1 #12, up to its first counter: a gallery flattened into one paragraph (CNN).
  [
    "Photos: Sinking of the Musashi Photos: Sinking of the Musashi The Japanese battleship Musashi under intense attack by the U.S. Navy's Task Force 38 aircraft in the Sibuyan Sea on October 24, 1944. A destroyer is also receiving attacks beyond the battleship. Hide Caption 1 of 6",
    'caption',
    'line:media-gallery',
  ],
];

const furniture: Case[] = [
  // cluster 15 doc 2 #11: a gallery counter alone.
  ['Slideshow (2 Images)', 'boilerplate:navigation', 'line:media-widget'],
  // cluster 129 doc 1 #19: a courtesy credit.
  ['Courtesy Maria Feng', 'photo-credit', 'line:photo-credit'],
  // cluster 246 doc 1 #7: Gannett's share line.
  ['Read or Share this story: http://usat.ly/1Hqr8S0', 'boilerplate:share', 'line:share-link'],
  // cluster 88 doc 1 #8: the outlet asking for tips.
  ['Have a tip we should know? tips@mediaite.com', 'boilerplate:share', 'line:contact'],
  // cluster 52 doc 2 #18: the reporter's contact line.
  [
    'Call IndyStar reporter Holly Hays at (317) 444-6156. Follow her on Twitter: @hollyvhays.',
    'boilerplate:share',
    'line:contact',
  ],
  // cluster 50 doc 0 #6: a bulleted link.
  ['► Related: Wayne State suspect has history of assaulting cops', 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 133 doc 1 #4: a label in capitals without a colon.
  [
    'RELATED Amanda Knox proclaims her innocence in new Twitter photograph',
    'boilerplate:navigation',
    'line:labelled-link',
  ],
  // cluster 210 doc 0 #14: a link in parentheses.
  ['(Also on POLITICO: NYC poll: Anthony Weiner narrowly ahead)', 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 153 doc 2 #5: a label and a pipe.
  ['TIMELINE | 13-year-old girls go missing, bodies foundv', 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 226 doc 1 #7: a columnist's name as the label of a headline in capitals.
  ["LUPICA: LEBRON'S HEAT WILL TORMENT KNICKS LIKE JORDAN'S BULLS", 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 156 doc 1 #43: a media label may close with a period.
  ['AUDIO: Listen to the emergency response.', 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 235 doc 0 #4: the Guardian's inline link.
  [
    "'Quite backwards': Chinese tourists gawk at impoverished North Koreans Read more",
    'boilerplate:navigation',
    'line:read-more-suffix',
  ],
  // cluster 66 doc 1 #6: a correction note.
  [
    'This story has been corrected to show Gomes lived in Raynham, not Rayham.',
    'boilerplate:feedback',
    'line:correction-note',
  ],
  // cluster 161 doc 0 #4: a correction note about an earlier version.
  [
    "An earlier version of this post incorrectly gave suspect Kanasho Johns' name as Kanasho Jones.",
    'boilerplate:feedback',
    'line:correction-note',
  ],
  // cluster 10 doc 3 #4: a pointer.
  ['For a full recap of the night’s big winners, click here.', 'boilerplate:promo', 'line:pointer'],
  // cluster 191 doc 1 #4: a pointer without `click`.
  ["Read Hockley's letter to herself here.", 'boilerplate:promo', 'line:pointer'],
  // cluster 82 doc 0 #5: a pointer to another outlet.
  ['For more on Rihanna, head over to Billboard.', 'boilerplate:promo', 'line:pointer'],
  // cluster 204 doc 1 #32: a lead text and an address.
  [
    "For AP's complete coverage of the U.S. midterm elections: http://apne.ws/APPolitics",
    'boilerplate:navigation',
    'line:url-pointer',
  ],
  // cluster 4 doc 1 #1: a menu.
  ['FREE APPS | NOW | FACEBOOK | TWITTER', 'boilerplate:navigation', 'line:pipe-menu'],
  // cluster 47 doc 0 #1: a player's browser notice.
  ['Please turn on JavaScript. Media requires JavaScript to play.', 'boilerplate:browser', 'line:browser-notice'],
  // cluster 32 doc 1 #6: a source and the agency that distributed the picture.
  ['NFL via Getty Images', 'photo-credit', 'line:photo-credit'],
  // cluster 143 doc 0 #8: a reporter's sign-off.
  ['— David R. Baker', 'metadata:byline', 'line:sign-off'],
  // cluster 60 doc 1 #9: a reporter's address and phone, nothing else.
  ['wkroustan@sunsentinel.com or 954-356-4303', 'boilerplate:share', 'line:contact'],
  // cluster 37 doc 0 #7: a link in brackets.
  [
    '[Colin Kaepernick plans to put money from his top-selling jersey to good use]',
    'boilerplate:navigation',
    'line:labelled-link',
  ],
  // cluster 166 doc 1 #4: a headline and its source in brackets.
  ['Jack The Cat is Lost in AA Baggage at JFK [Facebook]', 'boilerplate:navigation', 'line:source-link'],
  // cluster 9 doc 0 #2: an ad slot's label.
  ['Story Continued Below', 'boilerplate:ad', 'line:advertisement'],
  // cluster 68 doc 0 #7: two ad labels run together.
  ['Advertisement Continue reading the main story', 'boilerplate:ad', 'line:advertisement'],
  // cluster 40 doc 2 #2: an ad slot's report link.
  ['report this ad', 'boilerplate:ad', 'line:advertisement'],
  // cluster 35 doc 1 #3: the time stamp of a live story's entry.
  ['2:44 p.m.', 'metadata:date', 'line:date'],
  // cluster 181 doc 0 #13: a print-edition note.
  [
    'This article appeared on page E - 1 of the San Francisco Chronicle',
    'boilerplate:feedback',
    'line:correction-note',
  ],
  // cluster 0 doc 0 #1: a `Trending News` label before a headline.
  [
    'Trending News: How Good Of A Person Are You? Depends On Where You Live',
    'boilerplate:navigation',
    'line:labelled-link',
  ],
  // cluster 4 doc 0 #11 and cluster 187 doc 1 #19: the outlet promising more.
  ['Stay with KDKA for the latest on this developing story.', 'boilerplate:promo', 'line:pointer'],
  ['Check back for details as they develop.', 'boilerplate:promo', 'line:pointer'],
  // cluster 25 doc 1 #14: an author's bio line.
  ['Jeremy Campbell writes for WXIA-TV in Atlanta', 'metadata:byline', 'line:author-bio'],
  // cluster 36 doc 3 #3: a follow line after a dash.
  ['– Follow the Ticker on Twitter: @PoliticalTicker', 'boilerplate:share', 'line:contact'],
  // cluster 94 doc 0 #12: a reporter's name and number.
  ['Mary Lynn Smith • 612-673-4788', 'boilerplate:share', 'line:contact'],
  // cluster 44 doc 0 #19 and cluster 130 doc 1 #38: contributors without parentheses.
  ['With reporting by Ray Waddell', 'credit', 'line:wire-credit'],
  ['— with additional reporting by Lloyd Grove', 'credit', 'line:wire-credit'],
  // cluster 47 doc 1 #0: the outlet asking readers for pictures.
  ['Are you there? Send us your images or video.', 'boilerplate:feedback', 'line:reader-call'],
  // cluster 122 doc 2 #23: a share bar with its counters.
  ['Share Tweet 7.6k shares on Facebook shares on Facebook', 'boilerplate:share', 'line:share-count'],
  // cluster 157 doc 1 #24: a paywall box flattened into one line.
  [
    'Support our journalism Already a subscriber? Thank you for your support. If you are not, please consider subscribing today. Get full access to our signature journalism for just 99 cents for the first four weeks.',
    'boilerplate:subscription',
    'line:subscription',
  ],
  // cluster 34 doc 4 #0: a newsletter promo.
  [
    'Breaking News Emails Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.',
    'boilerplate:newsletter',
    'line:newsletter',
  ],
  // From documents no label file holds (cluster / doc / paragraph as above): furniture the rules missed on pages nobody had labelled.
  // cluster 80 doc 0 #19: an update note with a date and a time in its label.
  ['Update, November 11, 12:03 PT: adds Apple statement.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 170 doc 0 #5: an update stamp and what it corrected.
  ['Updated at 9:23 a.m. to correct the name of the driver.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 217 doc 2 #10.
  [
    'Update: The post has been updated to include comments from the airlines.',
    'boilerplate:feedback',
    'line:update-note',
  ],
  // cluster 205 doc 5 #39 and #40: two notes closing one post.
  [
    'Update: Some wording in this piece has been changed to better reflect the confluence of events that led to Moonlight’s Best Picture win.',
    'boilerplate:feedback',
    'line:update-note',
  ],
  ['Update 2: We’ve added a later statement from PricewaterhouseCoopers.', 'boilerplate:feedback', 'line:update-note'],
  // cluster 166 doc 0 #5: the day heading of a live story (a weekday and a date without the year).
  ['Sunday, November 6', 'metadata:date', 'line:date'],
  // cluster 137 doc 0 #5: a pointer at the player above.
  ['Watch Colbert’s trip to Russia’s Evening Urgant in the Late Show clip above.', 'boilerplate:promo', 'line:pointer'],
  // cluster 153 doc 1 #49: a pointer at the player below.
  ['You can watch the full police press conference below:', 'boilerplate:promo', 'line:pointer'],
  // cluster 152 doc 1 #15: a follow prompt in capitals.
  [
    'LIKE US ON FACEBOOK: Our Lone Star Politics page brings Capitol news to your Facebook feed',
    'boilerplate:share',
    'line:follow',
  ],
  // cluster 36 doc 1 #6: a call for comments and e-mail to the author.
  [
    'Want to add to this story? Let us know in comments or send an email to the author at ereeve at theatlantic dot com. You can share ideas for stories on the Open Wire.',
    'boilerplate:feedback',
    'line:comment-prompt',
  ],
  // cluster 5 doc 0 #3: a link labelled `Full List:`.
  ["Full List: Hollywood's Highest-Paid TV Actresses", 'boilerplate:navigation', 'line:labelled-link'],
  // cluster 164 doc 4 #1: a teaser's headline and summary closed by a bare `More`.
  [
    'Missing swimmer found alive, rescued off Ipswich coast A man who went missing after swimming off an Ipswich beach Tuesday evening with his son-in-law has been rescued. More',
    'boilerplate:navigation',
    'line:read-more-suffix',
  ],
  // cluster 220 doc 0 #16: where the print edition ran it, a date between `appeared` and `on page`.
  [
    'A version of this article appeared August 24, 2012, on page A11 in the U.S. edition of The Wall Street Journal, with the headline: What I Learned at Bain Capital.',
    'boilerplate:feedback',
    'line:correction-note',
  ],
  // cluster 117 doc 0 #30: the AP's lead of its links.
  ['Online:', 'boilerplate:navigation', 'line:list-lead'],
  // cluster 159 doc 2 #9 and #12: links to documents with their size.
  ['Rocky Mountain Spotted Fever Fact Sheet (91k.pdf)', 'boilerplate:navigation', 'line:file-link'],
  [
    'Map of Five Year Average Incidence Rate by County, Year 2012-2016 (263k.pdf)',
    'boilerplate:navigation',
    'line:file-link',
  ],
  // cluster 171 doc 1 #0: a form's consent line.
  [
    "Note: By submitting this form, you agree to Third Door Media's terms . We respect your privacy .",
    'boilerplate:legal',
    'line:legal',
  ],
  // cluster 185 doc 1 #40: a label and the story's topic slugs.
  [
    'Topics: street-art, visual-art, carnivals-and-festivals, events, hobart-7000',
    'boilerplate:navigation',
    'line:tags',
  ],
  // cluster 237 doc 0 #45: the AP's sign-off alone on its line.
  ['Nicole Winfield reported from Vatican City.', 'credit', 'line:wire-credit'],
  // cluster 210 doc 1 #22: a price with no word boundary before its `$`.
  ['New to NSFWCORP? Subscribe for just $3 a month', 'boilerplate:subscription', 'line:subscription'],
  // cluster 40 doc 1 #16: a player's two clocks (each `00:00` is two words to the scanner).
  ['sound 00:00 00:00', 'boilerplate:navigation', 'line:media-widget'],
  // cluster 171 doc 1 #57 and #83: pointers at the player and the links below.
  [
    'Below, you can hear Singhal talk more about this when asked by a member of the audience at SMX London yesterday:',
    'boilerplate:promo',
    'line:pointer',
  ],
  [
    'To learn more about the Google Knowledge Graph, see coverage from others across the web organized here on Techmeme, the official Google blog post, plus the official video, below:',
    'boilerplate:promo',
    'line:pointer',
  ],
];

// Body lines that look like furniture in part and must stay.
const body: ReadonlyArray<readonly [line: string, why: string]> = [
  // cluster 153 doc 2 #0: an update label opening a sentence.
  [
    'UPDATE: Authorities positively identified the two bodies found as Abigail "Abby" Williams,13, and Liberty "Libby" German,14.',
    'a labelled sentence is prose',
  ],
  // cluster 153 doc 2 #20: a phone number for the public, not a contact line of the outlet.
  [
    "Anyone with information about the girls' disappearance should call the tip line at (844) 459-5786.",
    'not addressed as the outlet',
  ],
  // cluster 226 doc 1 #20: a clock time and `to play`, not a player.
  [
    'When Erik Spoelstra cleared his bench with 3:01 to play, James hugged veteran teammate Juwan Howard before raising his right index finger to the crowd. He was then mobbed by his teammates and coaches when he got to the bench.',
    'no play verb opens the line',
  ],
  // cluster 9 doc 3 #0: a closing date in narrative prose.
  [
    'We don’t actually know if Richard Nixon ordered the break-in to the Democratic National Committee headquarters in the Watergate complex on June 17, 1972.',
    'past tense and first person are not caption style',
  ],
  // cluster 88 doc 1 #1: an embedded post, quoted content.
  [
    'I will be introducing a bill next week which will prohibit @POTUS from posting unsupervised tweets. https://t.co/vNpeVFBj3J — Jackie Speier (@RepSpeier) April 1, 2017',
    'an embedded post is not a caption',
  ],
  // cluster 27 doc 0 #23: a labelled analysis inside the story.
  ['Analysis: Khuram Butt showed his extremist colours', '`analysis` is not a link label'],
  // cluster 181 doc 0 #12: a dash before a sentence, not a sign-off.
  ['-- Advisory: This film contains sexual situations.', 'a sign-off is a name only'],
  // cluster 1 doc 1 #8: figures in closing parentheses, not a credit.
  [
    'Tulowitzki entered Saturday night leading the National League in batting average (.340) and was third in the NL in home runs (21).',
    'no source or photo in the parentheses',
  ],
  // cluster 15 doc 2 #4: shares of a company, not a share bar.
  [
    'Michael Kors’ shares fell 1.2 percent in morning trading on the New York Stock Exchange. Jimmy Choo shares were up 17 percent at 228.00 pence at 1510 GMT.',
    'no share button beside the count',
  ],
  // cluster 54 doc 1 #7: a name and `is a`, not a writer's bio.
  [
    'John Conyers is a Detroit Democrat who was first elected to Congress in 1964 and is its longest-serving member.',
    'not a writer for an outlet',
  ],
  // cluster 35 doc 0 #28: a phone number in a sentence, not a name and a number.
  ['He asked witnesses to call Orange County Crime Stoppers at 855-847-6227.', 'prose around the number'],
  // cluster 92 doc 4 #11: subscribers counted, not a paywall box.
  [
    "Peinovich's Daily Shoah, a play on a Hebrew term for the Holocaust, is a major player in far-right politics which claims to have roughly 100,000 subscribers. And Peinovich has attended neo-Nazi and white supremacist conferences like Spencer's NPI under his Enoch pseudonym.",
    'no `already a subscriber?` prompt',
  ],
  // From documents no label file holds (cluster / doc / paragraph as above): furniture the rules missed on pages nobody had labelled.
  // cluster 80 doc 0 #10: a user's complaint quoted in the story opens with `Updated to`.
  [
    '"Updated to 5.0.1 last night and my battery life seems even worse than before! My phone dropped by 4% overnight in flight mode!"',
    'a quoted sentence, no edit of the piece',
  ],
  // cluster 205 doc 5 #33 (no label file holds it): `right` between commas, but after an interjection, not a name.
  ['Oh, right, this also vindicates Marisa Tomei', 'no one placed in a picture'],
];

describe('news furniture lines (Multi-News dev, issue 12)', () => {
  it.each(captions)('reports %j as a caption (%s, %s)', (line, reason, rule) => {
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual([reason, rule]);
    expect(article.metadata.captions.map((c) => c.text)).toContain(line);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it.each(furniture)('removes %j (%s, %s)', (line, reason, rule) => {
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual([reason, rule]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it.each(body)('keeps %j (%s)', (line) => {
    const article = normalizeArticle(page(line));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, line, next]);
  });

  it("reads `With` and the contributors' full names as a credit", () => {
    // cluster 17 doc 2 #42: the New York Daily News's contributors line.
    const line = 'With Edgar Sandoval, John Annese, Rocco Parascandola, Ryan Sit, Todd Maisel';
    const article = normalizeArticle(page(line));
    const removed = article.removed.find((r) => r.text === line);
    expect([removed?.reason, removed?.rule]).toEqual(['credit', 'line:wire-credit']);
    expect(article.metadata.credits.map((c) => c.reporters)).toEqual([
      ['Edgar Sandoval', 'John Annese', 'Rocco Parascandola', 'Ryan Sit', 'Todd Maisel'],
    ]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });
});

describe('news furniture blocks (Multi-News dev, issue 12)', () => {
  it('removes the headlines under a link-list lead', () => {
    // cluster 65 doc 1 #7-#10.
    const list = [
      'ALSO:',
      'Severe weather halts Monday practice at Masters',
      "Dogs or 'Cats? NCAA tournament offers surprise finalists",
      "Richard Sherman autographs photo of end zone tip 'Sorry Crabtree'",
    ];
    const article = normalizeArticle(page(...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(list.slice(1).map((l) => article.removed.find((r) => r.text === l)?.rule)).toEqual([
      'block:link-list',
      'block:link-list',
      'block:link-list',
    ]);
  });

  it('reads a list lead in capitals without a colon', () => {
    // cluster 157 doc 1 #27-#30: `ALSO` and the headlines under it, closing the page.
    const list = [
      'ALSO',
      'Man shot to death outside restaurant in Orange',
      'LAX begins massive relocation of 15 airlines in the central terminal area',
      'Former Angels player Doug DeCinces found guilty of insider trading',
    ];
    const article = normalizeArticle(page(...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(article.removed.find((r) => r.text === 'ALSO')?.rule).toBe('line:list-lead');
    expect(list.slice(1).map((l) => article.removed.find((r) => r.text === l)?.rule)).toEqual([
      'block:link-list',
      'block:link-list',
      'block:link-list',
    ]);
  });

  it('removes a label repeated under every picture', () => {
    // cluster 3 doc 0 #3, #10, #12: the credit `Today` under each photo.
    const article = normalizeArticle(page('Today', next, 'Today', next, 'Today'));
    expect(article.removed.filter((r) => r.text === 'Today').map((r) => r.rule)).toEqual([
      'block:repeated-label',
      'block:repeated-label',
      'block:repeated-label',
    ]);
  });

  it('removes a pull quote and keeps the paragraph it repeats', () => {
    // cluster 20 doc 1 #15 (pull quote) and #23 (the paragraph).
    const quote = 'My enthusiasm sometimes got in the way of finesse Robert Plant on his early recordings';
    const paragraph =
      '"My enthusiasm sometimes got in the way of finesse. I listen to it and go, wow, why didn\'t I shut up a bit?" he laughs. "I kind of overcooked it."';
    const article = normalizeArticle(page(quote, paragraph));
    const removed = article.removed.find((r) => r.text === quote);
    expect([removed?.reason, removed?.rule]).toEqual(['duplicate', 'duplicate:pull-quote']);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, paragraph, next]);
  });

  it('reads a highlights box opening the text as deks, not as the title', () => {
    // cluster 108 doc 2 #0 and #1 (labelled dek, dek): CNN's story highlights, the label glued to the first one.
    const highlights = [
      "Story highlights Bernie Sanders said Pope Francis' decision to highlight Dorothy Day underscores the Pontiff's emphasis on helping the poor",
      "Sanders called the Pope 'one of the great moral and religious leaders of our time'",
    ];
    const article = normalizeArticle([...highlights, lede, next].join('\n\n'));
    expect(article.metadata.title).toBeUndefined();
    for (const line of highlights) {
      const dek = article.removed.find((r) => r.text === line);
      expect([dek?.reason, dek?.rule]).toEqual(['metadata:dek', 'header:story-highlights']);
    }
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it('reads unpunctuated lines between the title and the lede as the header', () => {
    // cluster 108 doc 2 #1 (labelled dek) under the seed's title: a dek without sentence punctuation.
    const dekLine = "Sanders called the Pope 'one of the great moral and religious leaders of our time'";
    const article = normalizeArticle([title, dekLine, lede, next].join('\n\n'));
    expect(article.metadata.title?.text).toBe(title);
    const dek = article.removed.find((r) => r.text === dekLine);
    expect([dek?.reason, dek?.rule]).toEqual(['metadata:dek', 'header:dek-unpunctuated']);
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
  });

  it('keeps a lede cut mid-sentence under the title: a line that holds a sentence end is prose, not a dek', () => {
    // trafilatura-eval bahamaslocal.com-atlantis.html, read as text: the page's first paragraph is cut by two <br>
    // inside a name (`The Bahamas Alliance For Animal <br /><br /> Rights and Kindness`), so its first line ends
    // without punctuation; it holds a whole sentence before the cut (a `with` snippet of the page).
    const pageTitle = 'ATLANTIS PARADISE ISLAND AND DOLPHIN CAY DONATES MEDICAL SUPPLIES TO BAARK';
    const cut =
      'Atlantis Paradise Island and Dolphin Cay is yet again exercising its commitment as a good corporate citizen by doing its part to assist local non-profit organizations by donating much needed supplies to assist in their community work.Dolphin Cay recently donated medical supplies to assist The Bahamas Alliance For Animal';
    const rest =
      'Rights and Kindness (Baark) with their work, as they continue to focus on spaying and neutering of animals to help with animal overpopulation and suffering.';
    const after =
      'On hand to present the supplies is Atlantis Veterinarian Dr. Amanda Pinder who expressed excitement to be able to donate these much-needed supplies to assist Baark in their work.';
    const article = normalizeArticle([pageTitle, cut, rest, after].join('\n\n'));
    expect(article.metadata.title?.text).toBe(pageTitle);
    expect(article.metadata.dek).toBeUndefined();
    expect(article.paragraphs.map((p) => p.text)).toEqual([cut, rest, after]);
  });

  it('reads a short line before a dateline as the dek, with or without a title', () => {
    // cluster 51 doc 2 #0 (labelled dek): the text opens with the dek; the next paragraph opens with `CANNES --`.
    const dekLine =
      'The "How to Train Your Dragon 2" actress was accosted by infamous prankster Vitalii Sediuk who stuck his head under her skirt at the premiere.';
    for (const lines of [
      [dekLine, lede, next],
      [title, dekLine, lede, next],
    ]) {
      const article = normalizeArticle(lines.join('\n\n'));
      const dek = article.removed.find((r) => r.text === dekLine);
      expect([dek?.reason, dek?.rule]).toEqual(['metadata:dek', 'header:dek-before-dateline']);
      expect(article.metadata.dek?.text).toBe(dekLine);
      expect(article.metadata.dateline?.place).toBe('MOSCOW');
      expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    }
  });

  it('keeps an update put above the dateline', () => {
    // cluster 153 doc 2 #0 (labelled body): a late update on top of the story, news rather than a dek.
    const update =
      'UPDATE: Authorities positively identified the two bodies found as Abigail "Abby" Williams,13, and Liberty "Libby" German,14.';
    const article = normalizeArticle([update, lede, next].join('\n\n'));
    // The update is the lede, so the dateline of the paragraph after it stays in that paragraph's text.
    expect(article.paragraphs.map((p) => p.text)).toEqual([update, lede, next]);
  });

  it.each([
    // cluster 176 doc 1 #1 (labelled body): `U.K.-based` is one word, not the place `U.K.` and a dash.
    [
      'a compound before a lower-case letter',
      'U.K.-based opposition activist Ahmed Sawalem, who is keeping in touch with protesters in Libya, told msnbc.com that there were reports of planes bombing a weapons store south of Benghazi in Ajdabiya "so the protesters cannot get hold of them, to use them to fight."',
    ],
    // No development paragraph opens with such a compound; this one is built on cluster 182 doc 0's "the U.S. Border
    // Patrol's Tucson sector remains the busiest along the U.S.-Mexico border". A place's name has a run of capitals.
    [
      'letters one by one',
      "U.S.-Mexico border crossings make the U.S. Border Patrol's Tucson sector the busiest along the border, the report said.",
    ],
    // PAN-13 src/source-document02673.txt line 36 (a squadron's history): `VF-32`, as `COVID-19`, is a name and its number.
    [
      'a name written with a number',
      'VF-32 aircrew logged 1,445 combat flight hours on 403 missions, including 38 combat TARPS missions. The Gypsies returned from the Red Sea 28 March 1991 to a hearty "Welcome Home".',
    ],
    // PAN-13 and multi-news-dev: the lines opening with capitals, one glued hyphen and a word in capitals are compounds
    // (9 of them, no dateline). PAN-13 src/source-document02859.txt, and multi-news-dev cluster 54 doc 1.
    [
      'two names joined by one hyphen',
      'GPS-TDAF also provides other geodesy related services having very stringent accuracy requirements within the framework of the International GNSS Service (IGS). Access links at right',
    ],
    [
      'two names joined by one hyphen',
      "KXAS-TV reports Houston police spokesman Kese Smith says Carl Conyers, a 21-year-old student at the University of Houston, was found early Friday in the Houston area. He'd been the subject of a search after police said he was last seen Tuesday by his roommate.",
    ],
  ])('does not read %s as a dateline', (_kind, line) => {
    const article = normalizeArticle([title, line, next].join('\n\n'));
    expect(article.metadata.dateline).toBeUndefined();
    expect(article.paragraphs.map((p) => p.text)).toEqual([line, next]);
  });

  it('still reads a city glued to its text as a dateline', () => {
    // Two dashes: the seed's lede written as cluster 245 doc 1 writes `HIROSHIMA--A stray dog ...`.
    const glued = lede.replace('MOSCOW, March 19 (UPI) -- ', 'MOSCOW--');
    expect(normalizeArticle([title, glued, next].join('\n\n')).metadata.dateline?.place).toBe('MOSCOW');
    // An em dash before the sentence's first word (multi-news-dev cluster 149 doc 1): the cleaned text writes every
    // dash `-`, so the rule for two names joined by one hyphen must not take it.
    const lede149 =
      'WASHINGTON—The chairman of the Senate Intelligence Committee promised a total review of all U.S. spying programs for the first time in decades, and said she expected that the White House would end all spying on leaders of allied countries.';
    const article = normalizeArticle([title, lede149, next].join('\n\n'));
    expect(article.metadata.dateline).toMatchObject({ text: 'WASHINGTON—', place: 'WASHINGTON' });
  });

  it('names the place of a dateline without its separator, and no weekday as a place', () => {
    const cases: Array<[line: string, dateline: Record<string, string>, body: string]> = [
      // cluster 245 doc 1 #0: the separator glued to the place.
      [
        'HIROSHIMA--A stray dog that escaped being euthanized years ago actively participated in rescue efforts here last week after landslides demolished homes, killing scores of residents.',
        { text: 'HIROSHIMA--', place: 'HIROSHIMA' },
        'A stray dog that escaped being euthanized years ago',
      ],
      // cluster 142 doc 1: a press release's dateline.
      [
        'SAN FRANCISCO--(BUSINESS WIRE)--The following statement is being issued by Lieff Cabraser Heimann & Bernstein, LLP:',
        { text: 'SAN FRANCISCO--(BUSINESS WIRE)--', place: 'SAN FRANCISCO', agency: 'Business Wire' },
        'The following statement is being issued',
      ],
      // cluster 113 doc 1: HealthDay writes the day where a place stands.
      [
        "MONDAY, July 2 (HealthDay News) -- Whether a person's injury will lead to chronic pain may depend on the level of communication between two parts of their brain, a new study finds.",
        { text: 'MONDAY, July 2 (HealthDay News) --', place: '', date: 'MONDAY, July 2' },
        "Whether a person's injury will lead to chronic pain",
      ],
    ];
    for (const [line, dateline, body] of cases) {
      const article = normalizeArticle([title, line, next].join('\n\n'));
      expect(article.metadata.dateline).toMatchObject(dateline);
      expect(article.paragraphs[0]?.text.startsWith(body)).toBe(true);
    }
  });

  it('keeps a subheading that follows a link to another story', () => {
    // cluster 139 doc 1 #5-#7: a link, the subheading `Soda or beer`, then its paragraph.
    const link = 'More: Let it snow — maybe even in Florida as cold wave tightens grip on USA';
    const subheading = 'Soda or beer';
    const article = normalizeArticle(page(next, link, subheading, lede));
    expect(article.removed.find((r) => r.text === link)?.rule).toBe('line:labelled-link');
    expect(article.paragraphs.map((p) => p.text)).toContain(subheading);
  });
});

describe('headline runs closing the page (Multi-News dev, issue 12)', () => {
  /** The title, the lede and the next paragraph of seed 001, then `lines` closing the page. */
  const closing = (...lines: string[]) => [title, lede, next, ...lines].join('\n\n');

  it('removes headlines after the last prose, past a removed link line', () => {
    // cluster 112 doc 0 #32-#35: `Read more on ...`, then three headlines of the site's other stories.
    const list = [
      'President Obama’s 50th birthday: A time for reflection . . . and fundraising',
      'White House, congressional leaders reach debt-limit deal',
      'Winners and losers: the debt deal',
    ];
    const article = normalizeArticle(closing('Read more on PostPolitics.com', ...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(list.map((l) => article.removed.find((r) => r.text === l)?.rule)).toEqual([
      'block:headline-run',
      'block:headline-run',
      'block:headline-run',
    ]);
  });

  it('removes the headlines under a lead the line rules already took', () => {
    // cluster 20 doc 0 #9-#13: `See more:` and four headlines.
    const list = [
      'RIP Storm Thorgerson: 10 Of His Best Album Covers',
      '10 Great British Bands Get Shredded',
      'Make Your Minds Up, Led Zeppelin!',
      'Five Great British Nerdy Pop Stars',
    ];
    const article = normalizeArticle(closing('See more:', ...list));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next]);
    expect(list.every((l) => article.removed.some((r) => r.text === l))).toBe(true);
  });

  it('keeps a fact box that closes the story with sentences in its items', () => {
    // cluster 135 doc 0 #12-#15: actresses who played Thatcher, each with a review quoted.
    const box = [
      "Lesley Manville, Channel 4 drama, 'The Queen', (2009)",
      '"A brilliant performance. She was so good I found myself loathing and detesting the woman all over again." Mirror',
      "Anna Massey, 'Pinochet in Suburbia', (2006)",
      '"She certainly looks the part, but her vowels stretch into the realm of caricature." Observer',
    ];
    const article = normalizeArticle(closing(...box));
    expect(article.paragraphs.map((p) => p.text)).toEqual([ledeBody, next, ...box]);
  });
});
