import fc from "fast-check";

/**
 * Where a mutation of XML happens: at the `nth` occurrence (counted round) of an anchor, moved by
 * `shift`, so that mutations land in and around markup (tags, attribute values, comments,
 * references) far more often than a uniform place in a mostly textual document would.
 */
export interface XmlPlace {
  /** What to look for; "" for a place anywhere (then `nth` counts characters). */
  anchor: string;
  nth: number;
  shift: number;
}

/** One change to an XML document. */
export type XmlMutation =
  | { kind: "delete"; place: XmlPlace; count: number }
  | { kind: "insert"; place: XmlPlace; text: string }
  | { kind: "rename"; nth: number; rename: (name: string) => string; how: string }
  | { kind: "truncate"; place: XmlPlace };

/** Anchors: the characters and strings that open or close markup. */
const ANCHORS = ["", "<", "</", ">", "/>", '"', "=", "<!--", "-->", "&", " ", "\n"] as const;

/** What gets inserted: markup characters and pieces of markup, well-formed or not. */
const INSERTED = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "]]>",
  "]]",
  "--",
  "-",
  "<!--",
  "-->",
  "<!-- c -->",
  "<![CDATA[",
  "<![CDATA[x]]>",
  "&amp;",
  "&amp",
  "&#1;",
  "&#65;",
  "&#x41;",
  "&#xD800;",
  "&#0000065;",
  "&foo;",
  "&lt",
  "<?pi x?>",
  "<?pi",
  '<?xml version="1.0"?>',
  "<?XML x?>",
  "\u0001",
  "\uFFFE",
  "</p>",
  "<p>",
  "<p/>",
  "<1p>",
  "/",
  "=",
  " ",
  ' x="1"',
  " x='1'",
  "x",
  ":",
] as const;

/** Ways to change a tag's name: kept apart from the others, made invalid, or changed in case. */
const RENAMES: ReadonlyArray<readonly [string, (name: string) => string]> = [
  ["suffix x", (name) => `${name}x`],
  ["prefix 1", (name) => `1${name}`],
  ["prefix -", (name) => `-${name}`],
  ["upper case", (name) => name.toUpperCase()],
  ["drop last character", (name) => name.slice(0, -1)],
  ["empty", () => ""],
  ["space inside", (name) => `${name.slice(0, 1)} ${name.slice(1)}`],
  ["another prefix", (name) => `x:${name}`],
];

const place: fc.Arbitrary<XmlPlace> = fc.record({
  anchor: fc.constantFrom(...ANCHORS),
  nth: fc.nat({ max: 1_000_000 }),
  shift: fc.integer({ min: -2, max: 3 }),
});

/** A random mutation: characters deleted or inserted, a tag renamed, the document cut short. */
export const xmlMutation: fc.Arbitrary<XmlMutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), place, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("insert" as const), place, text: fc.constantFrom(...INSERTED) }),
  fc
    .tuple(fc.nat({ max: 1_000_000 }), fc.constantFrom(...RENAMES))
    .map(([nth, [how, rename]]): XmlMutation => ({ kind: "rename", nth, rename, how })),
  fc.record({ kind: fc.constant("truncate" as const), place }),
);

/** A tag's name: after "<" or "</", up to white space, "/", ">" or the end. */
const TAG_NAME = /<\/?([^\s/>!?]+)/g;

/** The offset a place stands for in `xml`. */
function offsetOf(xml: string, p: XmlPlace): number {
  if (p.anchor === "") return p.nth % (xml.length + 1);
  const found: number[] = [];
  for (let i = xml.indexOf(p.anchor); i >= 0; i = xml.indexOf(p.anchor, i + 1)) found.push(i);
  const base = found.length === 0 ? p.nth % (xml.length + 1) : (found[p.nth % found.length] as number);
  return Math.min(xml.length, Math.max(0, base + p.shift));
}

/**
 * Applies the mutations in turn.
 *
 * @returns the mutated XML
 */
export function mutateXml(xml: string, mutations: readonly XmlMutation[]): string {
  let out = xml;
  for (const m of mutations) {
    if (m.kind === "rename") {
      const tags = [...out.matchAll(TAG_NAME)];
      const tag = tags[m.nth % Math.max(tags.length, 1)];
      if (!tag) continue;
      const name = tag[1] as string;
      const start = tag.index + tag[0].length - name.length;
      out = out.slice(0, start) + m.rename(name) + out.slice(start + name.length);
      continue;
    }
    const at = offsetOf(out, m.place);
    if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + m.count);
    else if (m.kind === "insert") out = out.slice(0, at) + m.text + out.slice(at);
    else out = out.slice(0, at);
  }
  return out;
}

/** A mutation as a line of text, for messages (the rename function shown by what it does). */
export function describeMutation(m: XmlMutation): string {
  return m.kind === "rename" ? `rename #${m.nth}: ${m.how}` : JSON.stringify(m);
}
