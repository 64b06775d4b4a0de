import type { Library } from "./build.js";

/** The parts of a real resolution that synthetic ones are made of, each as source text. */
export interface ResolutionParts {
  /** From the first line to the enacting formula, inclusive. */
  header: string;
  /** Each preambular paragraph's lines, page furniture and footnote blocks left out. */
  preamble: string[];
  /** Each operative paragraph's lines, its printed number first. */
  operative: string[];
  /** The meeting line. */
  conclusion: string;
  /** Each footnote, its number first. */
  footnotes: string[];
}

/** A footnote marker in a paragraph: a run of superscript digits ("¹⁴"). */
const MARKER = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** A footnote's number at the start of its text, in superscript digits ("¹⁴ A/65/209."). */
const NOTE_NUMBER = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/;

/** The printed operative number at the start of a paragraph's first line, after an optional Markdown bullet. */
const LEADING_NUMBER = /^([-*+] )?\d{1,3}\./;

/**
 * Takes a real resolution apart into the source text of its header, paragraphs, meeting line and
 * footnotes, using where the parser says each stands (positions into the source). Lines that the
 * parser skipped (page furniture) or read as footnotes are left out of the paragraphs, so each
 * paragraph is whole again.
 *
 * @param lib - the library
 * @param source - the resolution's text (the seed)
 * @returns its parts
 */
export function resolutionParts(lib: Library, source: string): ResolutionParts {
  const result = lib.safeParseResolution(source);
  if (!result.success) throw new Error(`the seed does not parse: ${result.error.message}`);
  const { data, skipped } = result;
  type Range = [number, number];
  const furniture: Range[] = skipped.map((s) => [s.position.start.offset, s.position.end.offset]);
  const notes: Range[] = data.footnotes.flatMap((f) =>
    f.position ? [[f.position.start.offset, f.position.end.offset]] : [],
  );
  const slice = (
    position: { start: { offset: number }; end: { offset: number } } | undefined,
    away: readonly Range[] = [...furniture, ...notes],
  ): string => {
    const isAway = (offset: number) => away.some(([start, end]) => offset >= start && offset < end);
    if (!position) throw new Error("the seed's parts must all have positions");
    const kept: string[] = [];
    let offset = position.start.offset;
    for (const line of source.slice(position.start.offset, position.end.offset).split("\n")) {
      const first = offset + (line.length - line.trimStart().length);
      if (line.trim() !== "" && !isAway(first)) kept.push(line.trim());
      offset += line.length + 1;
    }
    return kept.join("\n");
  };
  if (!data.preface || !data.meeting?.position) throw new Error("the seed must have a header and a meeting line");
  return {
    header: source.slice(0, data.preface.end.offset),
    preamble: data.preamble.map((c) => slice(c.position)),
    operative: data.operative.map((c) => slice(c.position)),
    conclusion: slice(data.meeting.position),
    footnotes: data.footnotes.map((f) => slice(f.position, furniture)),
  };
}

/**
 * A synthetic resolution of `paragraphs` paragraphs made of real ones: the seed's header, its
 * preambular and operative paragraphs in their proportion (25 to 33 in A/RES/65/190), sampled evenly
 * (repeated in order when there are more than in the seed), the operative ones numbered 1, 2, 3…
 * (back to 1 after 9,999, the highest number the parser reads as a paragraph number), its meeting
 * line, and the footnotes its paragraphs cite (each copy keeps its footnote markers), so that it is a
 * resolution as the UN would print it: no footnote without a marker.
 *
 * @param parts - the seed's parts, from {@link resolutionParts}
 * @param paragraphs - how many paragraphs, at least 2
 * @returns the text, and how many preambular and operative paragraphs it holds
 */
export function syntheticResolution(
  parts: ResolutionParts,
  paragraphs: number,
): { text: string; preamble: number; operative: number } {
  const total = parts.preamble.length + parts.operative.length;
  const preamble = Math.max(1, Math.round((paragraphs * parts.preamble.length) / total));
  const operative = paragraphs - preamble;
  const body: string[] = [];
  // Paragraph i of `count` is the seed's paragraph i * length / count: an even sample at every size,
  // so the mean paragraph length is the seed's whatever the size (10 paragraphs are not just the first 10).
  const pick = (list: readonly string[], i: number, count: number) =>
    list[Math.floor((i * list.length) / count)] as string;
  for (let i = 0; i < preamble; i++) body.push(pick(parts.preamble, i, preamble));
  for (let i = 0; i < operative; i++) {
    const paragraph = pick(parts.operative, i, operative);
    body.push(
      paragraph.replace(LEADING_NUMBER, (_, bullet: string | undefined) => `${bullet ?? ""}${(i % 9999) + 1}.`),
    );
  }
  // A resolution carries the footnotes its paragraphs cite, no others: 10 paragraphs sampled from
  // the seed cite fewer of its 16 footnotes than 100 do.
  const cited = new Set(body.flatMap((paragraph) => [...paragraph.matchAll(MARKER)].map((m) => m[0])));
  const footnotes = parts.footnotes.filter((note) => cited.has(NOTE_NUMBER.exec(note)?.[0] ?? ""));
  const text = [parts.header, ...body, parts.conclusion, ...footnotes].join("\n\n");
  return { text: `${text}\n`, preamble, operative };
}
