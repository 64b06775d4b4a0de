/**
 * A crude reader of the paragraph texts of the UN's Akoma Ntoso files, for corpus tests and the
 * measurement script: not a general XML parser, and not part of the library.
 */

/** A link the UN's markup puts on a citation: `<a href="…/A/RES/77/214">77/214</a>`. */
export interface AknLink {
  href: string;
  text: string;
  start: number;
  end: number;
}

/** One paragraph or footnote text, with the links the markup carries, offsets into `text`. */
export interface AknText {
  kind: "paragraph" | "footnote";
  /** The footnote's marker, for footnotes. */
  number?: number;
  /** For paragraphs: the footnote markers, each with the offset into `text` where it stood. */
  marks?: Array<{ number: number; offset: number }>;
  text: string;
  links: AknLink[];
}

/** A tag or a run of text. */
const TAG_OR_TEXT = /<[^>]*>|[^<]+/g;
/** The name of a tag: "p" in "<p xml:space…>", "/p" in "</p>". */
const TAG_NAME = /^<(\/?[A-Za-z][\w:]*)/;
/** The href of a link. */
const HREF = /href="([^"]*)"/;
/** The number of a footnote marker: marker="12". */
const MARKER = /marker="(\d{1,4})"/;
/** An XML character or entity reference. */
const ENTITY = /&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);/g;
/** Whitespace runs, which the markup uses for layout. */
const SPACES = /\s+/g;

const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(ENTITY, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return NAMED[name] ?? "";
  });
}

interface Buffer {
  kind: AknText["kind"];
  number?: number | undefined;
  marks?: Array<{ number: number; offset: number }>;
  text: string;
  links: AknLink[];
  open: { href: string; start: number } | undefined;
}

/**
 * The texts of a resolution's paragraphs (`<p>` in preamble and body, footnotes removed) and of
 * its footnotes (`<authorialNote>`), whitespace collapsed, with the links of the markup.
 *
 * @param xml - An Akoma Ntoso file's content.
 * @returns Paragraph and footnote texts, in document order of their ends.
 */
export function aknTexts(xml: string): AknText[] {
  const begin = xml.indexOf("<preamble");
  const body = begin < 0 ? xml : xml.slice(begin);
  const done: AknText[] = [];
  const stack: Buffer[] = [];
  let depthInP = 0;
  for (const match of body.matchAll(TAG_OR_TEXT)) {
    const token = match[0];
    const top = stack[stack.length - 1];
    if (!token.startsWith("<")) {
      if (top !== undefined) append(top, decode(token));
      continue;
    }
    const name = TAG_NAME.exec(token)?.[1];
    if (name === "authorialNote") {
      const marker = MARKER.exec(token)?.[1];
      if (top?.kind === "paragraph" && marker !== undefined) {
        top.marks = [...(top.marks ?? []), { number: Number(marker), offset: top.text.length }];
      }
      stack.push({
        kind: "footnote",
        number: marker === undefined ? undefined : Number(marker),
        text: "",
        links: [],
        open: undefined,
      });
    } else if (name === "/authorialNote") {
      const note = stack.pop();
      if (note !== undefined) done.push(finish(note));
    } else if (name === "p") {
      depthInP += 1;
      if (stack.length === 0) stack.push({ kind: "paragraph", text: "", links: [], open: undefined });
    } else if (name === "/p") {
      depthInP -= 1;
      if (depthInP === 0 && stack.length === 1 && stack[0]?.kind === "paragraph") {
        const paragraph = stack.pop();
        if (paragraph !== undefined) done.push(finish(paragraph));
      }
    } else if (name === "a" && top !== undefined) {
      top.open = { href: HREF.exec(token)?.[1] ?? "", start: top.text.length };
    } else if (name === "/a" && top?.open !== undefined) {
      top.links.push({
        href: top.open.href,
        text: top.text.slice(top.open.start),
        start: top.open.start,
        end: top.text.length,
      });
      top.open = undefined;
    }
  }
  return done;
}

function append(buffer: Buffer, text: string): void {
  const collapsed = text.replace(SPACES, " ");
  const joined = buffer.text.endsWith(" ") && collapsed.startsWith(" ") ? collapsed.slice(1) : collapsed;
  buffer.text += joined;
}

/** Trims the text and each link's text, moving the offsets with them. */
function finish(buffer: Buffer): AknText {
  const lead = buffer.text.length - buffer.text.trimStart().length;
  const links = buffer.links.map((link) => {
    const raw = buffer.text.slice(link.start, link.end);
    const inner = raw.trimStart();
    const start = link.start + raw.length - inner.length - lead;
    const text = inner.trimEnd();
    return { href: link.href, text, start, end: start + text.length };
  });
  const length = buffer.text.trimEnd().length;
  return {
    kind: buffer.kind,
    ...(buffer.number === undefined ? {} : { number: buffer.number }),
    ...(buffer.marks === undefined
      ? {}
      : {
          marks: buffer.marks.map((m) => ({
            number: m.number,
            offset: Math.min(Math.max(0, m.offset - lead), length - lead),
          })),
        }),
    text: buffer.text.trim(),
    links,
  };
}
