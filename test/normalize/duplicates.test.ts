import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../src/index';

// Found in an audit of normalizeArticle on the development data (trafilatura-eval nationalrail.co.uk.disruptions:
// paragraphs repeated with a no-break space in one and a space in the other; Multi-News dev 20/1, 39/2, 103/4,
// 131/0, 161/0: a pull quote printed before the paragraph it quotes). The lines are written for the test.
describe('duplicates', () => {
  const story = (repeat: string) =>
    normalizeArticle(
      [
        'Senate passes bill',
        'WASHINGTON (Reuters) - The Senate voted on Tuesday to pass the bill after a long debate over its cost.',
        'The leader said it\u2019s a great day for the country and for every family in it.',
        'Opponents said they would keep fighting the measure in the courts next year.',
        repeat,
      ].join('\n\n'),
    );

  it('calls a repeat exact only when the input writes both alike, character for character', () => {
    const same = story('The leader said it\u2019s a great day for the country and for every family in it.');
    expect(same.duplicates.map((d) => [d.kind, d.exact])).toEqual([['paragraph', true]]);
    for (const repeat of [
      "The leader said it's a great day for the country and for every family in it.",
      'The leader said it\u2019s a great\u00a0day for the country and for every family in it.',
    ]) {
      const article = story(repeat);
      expect(article.duplicates).toHaveLength(1);
      const d = article.duplicates[0]!;
      expect([d.first.text === d.second.text, d.exact]).toEqual([false, false]);
      expect(article.removed.find((r) => r.reason === 'duplicate')?.text).toBe(repeat);
    }
  });

  it('reports a pull quote printed before its paragraph with the paragraph first and the pull quote second', () => {
    const text = [
      'Film still draws crowds',
      'LOS ANGELES (AP) - The film opened forty years ago and still fills theaters across the country every summer.',
      'The film was and I think continues to be a pop cultural phenomenon. \u2014 USC Professor Richard Jewell',
      '"The film was and I think continues to be a pop cultural phenomenon," said Richard Jewell, professor at USC\'s School of Cinematic Art. "It\'s one of the few movies people still quote."',
      'Fans gathered outside the theater on Friday night to watch it again.',
    ].join('\n\n');
    const article = normalizeArticle(text);
    const pull = text.split('\n\n')[2]!;
    expect(article.duplicates.map((d) => [d.kind, d.exact, d.second.text])).toEqual([['paragraph', false, pull]]);
    expect(article.duplicates[0]!.first.text).toContain('said Richard Jewell');
    expect(article.removed.find((r) => r.reason === 'duplicate')?.text).toBe(pull);
  });
});
