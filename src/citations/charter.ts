import type { CharterReference } from "../schemas/citation.js";
import type { Draft, Found } from "./draft.js";
import { lengthAt, letterBefore, readAt } from "./read-at.js";

/** "Article" with a capital, as the Charter's Articles are written (a treaty's "article 3" is not). */
const ARTICLE = "Article";
/** The rest of the word at an {@link ARTICLE}: "s" or nothing, then one white-space character (sticky). */
const ARTICLE_END = /s?\s/y;
/** An Article number, with a bracketed paragraph where written so: "22", "2 (4)", "2 (7)". */
const ARTICLE_NUMBER = /\d{1,3}(?:\s\([0-9a-z]{1,3}\))?(?![\d.])/y;
/** Paragraphs after an Article: ", paragraph 7", ", paragraphs 1 and 2", ", paragraph 1 (a)". */
const PARAGRAPHS = /,\sparagraphs?\s\d{1,2}(?:\s\([a-z]\))?(?:\sand\s\d{1,2})?/y;
/** A separator between Articles: ", ", " and ", " or ". */
const LIST_SEPARATOR = /,\sand\s|,\s|\sand\s|\sor\s/y;
/** ", " before " of the Charter" when paragraphs stand between ("Article 2, paragraph 7, of the Charter"). */
const COMMA = /,(?=\sof\s)/y;
/** A chapter between Article and Charter: " of Chapter VII". */
const OF_CHAPTER = /\sof\sChapter\s([IVX]{1,5})(?![A-Za-z])/y;
/**
 * " of the Charter" or " of the Charter of the United Nations"; the lookahead refuses the charter
 * of another organization ("Article 3 of the Charter of the League of Arab States").
 */
const OF_THE_CHARTER = /\sof\sthe\sCharter(?:\sof\sthe\sUnited\sNations(?![A-Za-z])|(?!\sof\s)(?![A-Za-z]))/y;

/**
 * Finds references to Articles of the Charter of the United Nations: "Article 22 of the Charter
 * of the United Nations", "Article 2, paragraph 7, of the Charter", "Articles 10 and 11 of the
 * Charter" (one citation per Article), "Article 41 of Chapter VII of the Charter".
 *
 * @param text - The text to search.
 * @returns The finds, in order.
 *
 * @example
 * ```ts
 * findCharterArticles("under Article 22 of the Charter of the United Nations")[0]?.drafts[0]?.citation;
 * // { type: "charter", article: "22", span: { start: 6, end: 53 } }
 * ```
 *
 * Hint: "Chapter VII of the Charter" without an Article is not a citation here: the model's
 * `CharterReference` requires an Article.
 */
export function findCharterArticles(text: string): Found[] {
  const found: Found[] = [];
  for (const word of articleWords(text)) {
    const articles: Array<{ article: string; start: number; end: number }> = [];
    let cursor = word.end;
    for (;;) {
      const number = readAt(ARTICLE_NUMBER, text, cursor);
      if (number === null) break;
      let end = cursor + number[0].length;
      end += readAt(PARAGRAPHS, text, end)?.[0].length ?? 0;
      articles.push({ article: text.slice(cursor, end), start: cursor, end });
      const separator = readAt(LIST_SEPARATOR, text, end);
      if (separator === null || readAt(ARTICLE_NUMBER, text, end + separator[0].length) === null) break;
      cursor = end + separator[0].length;
    }
    const last = articles[articles.length - 1];
    if (last === undefined) continue;
    let end = last.end + (readAt(COMMA, text, last.end)?.[0].length ?? 0);
    const chapter = readAt(OF_CHAPTER, text, end);
    if (chapter !== null) end += chapter[0].length;
    const charter = readAt(OF_THE_CHARTER, text, end);
    if (charter === null) continue;
    end += charter[0].length;
    const drafts: Draft[] = articles.map((a, i) => {
      const citation: CharterReference = {
        type: "charter",
        article: a.article,
        ...(chapter === null ? {} : { chapter: chapter[1] }),
        span: { start: i === 0 ? word.start : a.start, end: i === articles.length - 1 ? end : a.end },
      };
      return { citation };
    });
    found.push({ start: word.start, end, drafts });
  }
  return found;
}

/**
 * The words "Article " and "Articles " (with one white-space character after them) that stand after
 * no letter, in order: found from the places of {@link ARTICLE}, which `indexOf` skips ahead to,
 * where a global regex with a lookbehind would try every place.
 *
 * @param text - The text to search.
 * @returns Where each word starts and where its white space ends.
 *
 * @example
 * ```ts
 * articleWords("Articles 10 and 11; Subarticle 3"); // [{ start: 0, end: 9 }]
 * ```
 *
 * Hint: the words are the matches of `/(?<![A-Za-z])Articles?\s/g`.
 */
export function articleWords(text: string): Array<{ start: number; end: number }> {
  const words: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(ARTICLE); at >= 0; at = text.indexOf(ARTICLE, at + 1)) {
    if (letterBefore(text, at)) continue;
    const rest = lengthAt(ARTICLE_END, text, at + ARTICLE.length);
    if (rest >= 0) words.push({ start: at, end: at + ARTICLE.length + rest });
  }
  return words;
}
