import { readFileSync } from "node:fs";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { AkomaNtosoError } from "../../src/akn/errors.js";
import { toAkomaNtoso } from "../../src/akn/index.js";
import { DEFAULT_XML_LIMITS, readXml, type XmlLimits } from "../../src/akn/read-xml.js";
import type { XmlElement, XmlNode } from "../../src/akn/xml-tree.js";
import { A_RES_65_190 } from "../../src/data/index.js";
import { corpusFiles } from "../helpers/shared.js";
import { describeMutation, mutateXml, xmlMutation } from "./xml-mutations.js";
import { wellFormedForXmllint } from "./xmllint.js";

/** What reading `xml` gives: "read", or the error's code, line, column and message. */
function outcome(xml: string, limits?: XmlLimits) {
  try {
    readXml(xml, limits);
    return { code: "read" };
  } catch (error) {
    if (!(error instanceof AkomaNtosoError)) throw error;
    return { code: error.code, line: error.line, column: error.column, message: error.message };
  }
}

/** Whether fast-xml-parser's validator accepts `xml`. */
const validatorAccepts = (xml: string) => XMLValidator.validate(xml) === true;

/** A text node. */
const text = (value: string): XmlNode => ({ type: "text", value });

/** An element without a prefix. */
const el = (name: string, attributes: Record<string, string>, children: XmlNode[]): XmlElement => ({
  type: "element",
  name,
  prefix: undefined,
  attributes,
  children,
});

describe("readXml: the tree", () => {
  it("gives local names with their prefix, attributes by full name, and text in document order", () => {
    const root = readXml(
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:akn4un="http://un.org/akn4un">\n' +
        '  <akn4un:voters xml:space="preserve">For: 1</akn4un:voters>\n</akomaNtoso>',
    );
    expect(root).toEqual({
      type: "element",
      name: "akomaNtoso",
      prefix: undefined,
      attributes: { xmlns: "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "xmlns:akn4un": "http://un.org/akn4un" },
      children: [
        text("\n  "),
        {
          type: "element",
          name: "voters",
          prefix: "akn4un",
          attributes: { "xml:space": "preserve" },
          children: [text("For: 1")],
        },
        text("\n"),
      ],
    });
  });

  it("decodes the five built-in entities and character references, in text and in attribute values", () => {
    const root = readXml(`<p title='&apos;&quot;&lt;&gt;&amp;'>A &amp; B&#160;C&#x2014;&#x1F600;&#0000065;</p>`);
    expect(root.attributes).toEqual({ title: `'"<>&` });
    expect(root.children).toEqual([text("A & B\u00a0C\u2014\u{1F600}A")]);
  });

  it("keeps attribute values as written: '>' and the other quote allowed, white space not normalized", () => {
    const root = readXml(`<a x="1 > 0 'yes'" y='say "no"' z="a\r\n\tb"/>`);
    expect(root.attributes).toEqual({ x: "1 > 0 'yes'", y: 'say "no"', z: "a\r\n\tb" });
  });

  it("joins text, CDATA and the text around comments and processing instructions into one text node", () => {
    const root = readXml("<p>a<!-- note -->b<![CDATA[<c> & ]]]>d<?pi data?>e<![CDATA[]]><b/>f</p>");
    expect(root.children).toEqual([text("ab<c> & ]de"), el("b", {}, []), text("f")]);
  });

  it("drops the XML declaration, comments and processing instructions around the root, and a byte order mark", () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c -->\n<?pi x?>\n<a/>\n<!-- d -->\n';
    expect(readXml(xml)).toEqual(el("a", {}, []));
  });

  it("reads an empty-element tag and a start-end pair alike, with white space before '>' and '/>'", () => {
    expect(readXml('<a><b x = "1" /><b x="1"></b ></a>').children).toEqual([
      el("b", { x: "1" }, []),
      el("b", { x: "1" }, []),
    ]);
  });

  it("takes names from outside ASCII, a supplementary-plane character included (XML 1.0 [4], [4a])", () => {
    const root = readXml("<été xmlns:ü='u'><\u{10000}x\u00b7-.9/></été>");
    expect(root.name).toBe("été");
    expect(root.children).toEqual([el("\u{10000}x\u00b7-.9", {}, [])]);
  });

  it("keeps an attribute named like an Object property as an own attribute, not a prototype", () => {
    const root = readXml('<a constructor="c" __proto__="p" toString="t"/>');
    expect(Object.keys(root.attributes)).toEqual(["constructor", "__proto__", "toString"]);
    expect(Object.getOwnPropertyDescriptor(root.attributes, "__proto__")?.value).toBe("p");
    expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
  });

  it("refuses nesting deeper than maxDepth and accepts exactly maxDepth", () => {
    const nested = (depth: number) => `${"<a>".repeat(depth - 1)}<a/>${"</a>".repeat(depth - 1)}`;
    const limits = { maxLength: DEFAULT_XML_LIMITS.maxLength, maxDepth: 4 };
    expect(outcome(nested(4), limits).code).toBe("read");
    expect(outcome(nested(5), limits)).toMatchObject({ code: "TOO_DEEP", line: 1, column: 13 });
    expect(outcome(nested(100)).code).toBe("read");
    expect(outcome(nested(101)).code).toBe("TOO_DEEP");
  });
});

describe("readXml: each error, with its line and column", () => {
  it("INPUT_TOO_LARGE: longer than maxLength, before anything is read", () => {
    expect(outcome("<a></b>", { maxLength: 6, maxDepth: 10 })).toMatchObject({
      code: "INPUT_TOO_LARGE",
      line: undefined,
      column: undefined,
    });
    expect(outcome("<a/>", { maxLength: 4, maxDepth: 10 }).code).toBe("read");
  });

  it("DOCTYPE_FORBIDDEN: a document type declaration, where it stands", () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x "xx">]>\n<a>&x;</a>';
    expect(outcome(laughs)).toMatchObject({ code: "DOCTYPE_FORBIDDEN", line: 2, column: 1 });
    expect(outcome("<a>\n  <!doctype a></a>")).toMatchObject({ code: "DOCTYPE_FORBIDDEN", line: 2, column: 3 });
  });

  it("TOO_DEEP: at the start tag one level too deep", () => {
    const xml = "<a>\n  <b>\n    <c/>\n  </b>\n</a>";
    expect(outcome(xml, { maxLength: 100, maxDepth: 2 })).toMatchObject({ code: "TOO_DEEP", line: 3, column: 5 });
    expect(outcome(xml, { maxLength: 100, maxDepth: 3 }).code).toBe("read");
  });

  // [xml, line, column, a piece of the message]
  const faults: ReadonlyArray<readonly [string, number, number, string]> = [
    ["<a>\n  <b>\n</a>", 3, 1, "expected </b> to close <b> (opened at 2:3), found </a>"],
    ["<a>\r\n<b>\r\n</a>", 3, 1, "expected </b> to close <b> (opened at 2:1)"],
    ["<a>\n<b></b>", 2, 8, "expected </a> to close <a> (opened at 1:1), found the end of the XML"],
    ["\uFEFF<a>", 1, 4, "found the end of the XML"],
    ["<a/></a>", 1, 5, "expected no end tag outside the root element, found </a>"],
    ["<a/>\n<b/>", 2, 1, "expected exactly one root element, found a second one: <b>"],
    ["  ", 1, 3, "expected exactly one root element, found none"],
    ["", 1, 1, "found none"],
    ["<a/>x", 1, 5, 'outside the root element, found "x"'],
    ["x<a/>", 1, 1, 'outside the root element, found "x<a/>"'],
    ["<a><1b/></a>", 1, 5, 'expected an element name after "<"'],
    ["< a/>", 1, 2, 'expected an element name after "<"'],
    ["<a></ a>", 1, 6, 'expected an element name after "</"'],
    ["<a></a x>", 1, 8, 'expected ">" to end </a>, found "x>"'],
    ['<a x="1"y="2"/>', 1, 9, "expected white space before the attribute in <a>"],
    ["<a x/>", 1, 5, 'expected "=" after the attribute x of <a>, found "/>"'],
    ["<a x=1/>", 1, 6, "expected a quoted value for the attribute x of <a>"],
    ['<a x="<"/>', 1, 7, 'expected the closing quote of the attribute x of <a>, found "<"'],
    ['<a x="1', 1, 8, "expected the closing quote of the attribute x of <a>, found the end of the XML"],
    ['<a x="1" x="2"/>', 1, 10, "expected each attribute once in <a>, found x twice"],
    ["<a =/>", 1, 4, 'expected an attribute name, "/>" or ">" in <a>'],
    ["<a/ >", 1, 3, 'expected an attribute name, "/>" or ">" in <a>'],
    ["<a>&nbsp;</a>", 1, 4, 'found "&nbsp;"'],
    ["<a>\n x &#1;</a>", 2, 4, 'found "&#1;"'],
    ["<a x='&'/>", 1, 7, 'found "&"'],
    ["<a>&#X41;</a>", 1, 4, "a reference to a character XML allows"],
    ["<a>x]]></a>", 1, 5, 'expected "]]>" only at the end of a CDATA section'],
    ["<a><!-- a--b --></a>", 1, 10, 'expected no "--" inside a comment'],
    ["<a><!-- x", 1, 4, 'expected "-->" to end the comment'],
    ["<![CDATA[x]]><a/>", 1, 1, "expected CDATA only inside the root element"],
    ["<a><![CDATA[x", 1, 4, 'expected "]]>" to end the CDATA section'],
    ["<a><!ELEMENT a ANY></a>", 1, 4, 'expected a comment ("<!--") or CDATA ("<![CDATA["), found "<!ELEMENT a "'],
    ["<a><? x?></a>", 1, 6, "expected the target (a name) of a processing instruction"],
    ["<a><?pi", 1, 4, 'expected "?>" to end the processing instruction <?pi'],
    ["<a><?pi!?></a>", 1, 8, 'expected white space or "?>" after <?pi'],
    ['\n<?xml version="1.0"?><a/>', 2, 1, "expected the XML declaration only at the very start of the XML"],
    ["<a><?XML x?></a>", 1, 4, 'expected no processing instruction named "xml" in any case'],
    ['<?xml version="2.0"?><a/>', 1, 1, "expected an XML declaration like"],
    ['<?xml encoding="UTF-8" version="1.0"?><a/>', 1, 1, "expected an XML declaration like"],
    ['<?xml version="1.0" version="1.0"?><a/>', 1, 21, "expected an XML declaration like"],
    ['<?xml version="1.0"encoding="UTF-8"?><a/>', 1, 20, "expected an XML declaration like"],
    ["<a>\u0001</a>", 1, 4, "expected only characters XML 1.0 allows, found U+0001"],
    ["<a>\n\uFFFF</a>", 2, 1, "found U+FFFF"],
    ["<a>x\uD800</a>", 1, 5, "found U+D800"],
    ["<a>x\uDC00\uD800</a>", 1, 5, "found U+DC00"],
  ];
  for (const [xml, line, column, message] of faults) {
    it(`NOT_WELL_FORMED at ${line}:${column}: ${JSON.stringify(xml)}`, () => {
      const found = outcome(xml);
      expect(found).toMatchObject({ code: "NOT_WELL_FORMED", line, column });
      expect(found.message).toContain(message);
      expect(found.message).toContain(`(${line}:${column})`);
    });
  }
});

/**
 * Where readXml and fast-xml-parser's validator disagree, XML 1.0 (fifth edition) decides, and
 * xmllint (libxml2) referees: each case names the rule of the specification that settles it.
 */
const SPEC_RULINGS: ReadonlyArray<{ rule: string; xml: string; wellFormed: boolean; noReferee?: true }> = [
  // [68] EntityRef and WFC: Entity Declared: without a DTD, only amp, lt, gt, apos and quot exist.
  { rule: "WFC Entity Declared: an undeclared entity", xml: "<a>&nbsp;</a>", wellFormed: false },
  // [10] AttValue ::= '"' ([^<&"] | Reference)* '"': no bare "&" in a value either.
  { rule: "[10] AttValue: a bare '&' in a value", xml: "<a x='A & B'/>", wellFormed: false },
  // [10] AttValue and WFC: No < in Attribute Values.
  { rule: "WFC No < in Attribute Values", xml: '<a x="1<2"/>', wellFormed: false },
  // [66] CharRef and WFC: Legal Character: a reference must name a character [2] Char allows.
  { rule: "WFC Legal Character: &#1;", xml: "<a>&#1;</a>", wellFormed: false },
  { rule: "WFC Legal Character: &#xD800;", xml: "<a>&#xD800;</a>", wellFormed: false },
  // [2] Char: no C0 control but tab, line feed, carriage return; no U+FFFE, U+FFFF; no lone surrogate.
  { rule: "[2] Char: U+0001", xml: "<a>\u0001</a>", wellFormed: false },
  { rule: "[2] Char: U+FFFE", xml: "<a>\uFFFE</a>", wellFormed: false },
  // A lone surrogate has no UTF-8 form at all, so xmllint (which reads bytes) cannot be asked: [2] alone decides.
  { rule: "[2] Char: a lone surrogate", xml: "<a>\uD800</a>", wellFormed: false, noReferee: true },
  // [14] CharData ::= [^<&]* - ([^<&]* ']]>' [^<&]*): "]]>" never stands in text.
  { rule: "[14] CharData: ']]>' in text", xml: "<a>x]]></a>", wellFormed: false },
  // [15] Comment ::= '<!--' ((Char - '-') | ('-' (Char - '-')))* '-->': no "--" inside.
  { rule: "[15] Comment: '--' inside", xml: "<a><!-- a -- b --></a>", wellFormed: false },
  { rule: "[15] Comment: ending with '--->'", xml: "<a><!-- a ---></a>", wellFormed: false },
  { rule: "[15] Comment: never ended, after the root", xml: "<a/><!-- a", wellFormed: false },
  // [43] content: markup after "<!" is a comment or a CDATA section, nothing else.
  { rule: "[43] content: '<!' starting neither a comment nor CDATA", xml: "<a><!- x -></a>", wellFormed: false },
  // [1] document ::= prolog element Misc* and [27] Misc ::= Comment | PI | S: no CDATA outside the root.
  { rule: "[27] Misc: CDATA after the root", xml: "<a/><![CDATA[x]]>", wellFormed: false },
  // [16] PI ::= '<?' PITarget ...: the target follows '<?' at once, and the PI is ended by '?>'.
  { rule: "[16] PI: no target", xml: "<a><? x?></a>", wellFormed: false },
  { rule: "[16] PI: never ended, after the root", xml: "<a/><?pi x", wellFormed: false },
  // [17] PITarget ::= Name - (('X' | 'x') ('M' | 'm') ('L' | 'l')).
  { rule: "[17] PITarget: 'XML' is reserved", xml: "<a><?XML x?></a>", wellFormed: false },
  // [23] XMLDecl ::= '<?xml' VersionInfo EncodingDecl? SDDecl? S? '?>'.
  { rule: "[23] XMLDecl: no version", xml: '<?xml encoding="UTF-8"?><a/>', wellFormed: false },
  { rule: "[23] XMLDecl: a repeated version", xml: '<?xml version="1.0" version="1.0"?><a/>', wellFormed: false },
  // [41] Attribute ::= Name Eq AttValue: a stray "=" is no attribute.
  { rule: "[41] Attribute: a stray '='", xml: '<a x="1" =/>', wellFormed: false },
  // [4] NameStartChar includes [#x10000-#xEFFFF]: a supplementary-plane letter starts a name.
  { rule: "[4] NameStartChar: U+10000", xml: "<\u{10000}/>", wellFormed: true },
];

describe("readXml where fast-xml-parser's validator is not strict: the XML 1.0 specification decides", () => {
  let referee: boolean[] = [];
  beforeAll(async () => {
    referee = await wellFormedForXmllint(SPEC_RULINGS.map((r) => r.xml));
  });

  for (const [i, { rule, xml, wellFormed, noReferee }] of SPEC_RULINGS.entries()) {
    it(`${wellFormed ? "accepts" : "refuses"} ${JSON.stringify(xml)}: ${rule}`, () => {
      expect(outcome(xml).code === "read").toBe(wellFormed);
      expect(validatorAccepts(xml), "the validator disagrees: that is why the case is here").toBe(!wellFormed);
      if (!noReferee) expect(referee[i], "xmllint agrees with the specification").toBe(wellFormed);
    });
  }
});

/** A real Akoma Ntoso resolution: S/RES/1445 (2002) from the corpus, else A/RES/65/190 as the library writes it. */
function realXml(): string {
  const path = corpusFiles("akn/sc", ".xml").find((p) => p.endsWith("S-RES-1445.xml"));
  return path ? readFileSync(path, "utf8") : toAkomaNtoso(A_RES_65_190);
}

describe("readXml on mutated real XML (property)", () => {
  it("accepts exactly what fast-xml-parser's validator accepts, or else what xmllint accepts", async () => {
    const xml = realXml();
    expect(outcome(xml).code).toBe("read");
    const disagreements: { xml: string; read: boolean; mutations: string }[] = [];
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(xmlMutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutateXml(xml, mutations);
        // Anything but an AkomaNtosoError thrown here fails the property.
        const read = outcome(mutated).code === "read";
        if (read) accepted += 1;
        if (read !== validatorAccepts(mutated)) {
          disagreements.push({ xml: mutated, read, mutations: mutations.map(describeMutation).join("; ") });
        }
      }),
      { numRuns: 400 },
    );
    const referee = await wellFormedForXmllint(disagreements.map((d) => d.xml));
    const wrong = disagreements.filter((d, i) => referee[i] !== d.read).map((d) => `${d.read}: ${d.mutations}`);
    expect(wrong).toEqual([]);
    // Not vacuous: some mutants are read, and the two readers do disagree on some (each time, xmllint sides with readXml).
    expect(accepted).toBeGreaterThan(0);
    expect(disagreements.length).toBeGreaterThan(0);
  });
});

/** An element to write as XML: the law below reads it back. */
interface Written {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Written | string>;
}

/** Characters that need escaping or care, and others from outside ASCII, among printable ASCII. */
const hardChar = fc.oneof(
  fc.constantFrom("&", "<", ">", '"', "'", "]", "\n", "\r\n", "\t", " ", "\u00a0", "\u{1F600}", "é"),
  fc.string({ minLength: 1, maxLength: 1 }),
);
const textArbitrary = fc.array(hardChar, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));
const { written } = fc.letrec<{ written: Written }>((tie) => ({
  written: fc.record({
    name: fc.constantFrom("p", "span", "akn4un:voters", "été", "a-b.c", "x_1"),
    attributes: fc.uniqueArray(
      fc.tuple(fc.constantFrom("class", "eId", "xml:space", "refersTo", "constructor", "__proto__"), textArbitrary),
      { maxLength: 3, selector: ([name]) => name },
    ),
    children: fc.array(fc.oneof({ depthSize: "small" }, textArbitrary, tie("written")), { maxLength: 4 }),
  }),
}));

/** Escapes text: "&", "<" and ">" (so "]]>" never stands), and, in one style, everything outside ASCII as a reference. */
function escapeText(value: string, references: boolean): string {
  const escaped = value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
  if (!references) return escaped;
  return [...escaped]
    .map((c) => ((c.codePointAt(0) as number) > 0x7e ? `&#x${(c.codePointAt(0) as number).toString(16)};` : c))
    .join("");
}

/** Writes `w` as XML, varying the forms: both quotes, CDATA, references, comments and PIs between texts. */
function writeXml(w: Written): string {
  const attributes = w.attributes
    .map(([name, value], i) => {
      const quote = i % 2 === 0 ? '"' : "'";
      const escaped = value
        .replaceAll("&", "&amp;")
        .replaceAll("<", "&lt;")
        .replaceAll(quote, quote === '"' ? "&quot;" : "&apos;");
      return ` ${name}${i === 1 ? " = " : "="}${quote}${escaped}${quote}`;
    })
    .join("");
  if (w.children.length === 0) return `<${w.name}${attributes}/>`;
  const children = w.children.map((child, i) => {
    if (typeof child !== "string") return writeXml(child);
    const between = i % 2 === 0 ? "<!-- c -->" : "<?pi c?>";
    if (i % 3 === 1 && !child.includes("]]>")) return `<![CDATA[${child}]]>${between}`;
    return `${escapeText(child, i % 3 === 2)}${between}`;
  });
  return `<${w.name}${attributes}>${children.join("")}</${w.name} >`;
}

/** The tree readXml should give for `w`: local names and prefixes, adjacent texts joined. */
function expectedTree(w: Written): XmlElement {
  const colon = w.name.indexOf(":");
  const children: XmlNode[] = [];
  for (const child of w.children) {
    const last = children.at(-1);
    if (typeof child !== "string") children.push(expectedTree(child));
    else if (last?.type === "text") children[children.length - 1] = text(last.value + child);
    else children.push(text(child));
  }
  const attributes: Record<string, string> = {};
  for (const [name, value] of w.attributes)
    Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
  return {
    type: "element",
    name: colon < 0 ? w.name : w.name.slice(colon + 1),
    prefix: colon < 0 ? undefined : w.name.slice(0, colon),
    attributes,
    children,
  };
}

describe("readXml reads back what is written (property)", () => {
  it("gives the tree of any element written with escapes, references, CDATA, comments and PIs", () => {
    fc.assert(
      fc.property(written, fc.boolean(), (w, declared) => {
        const xml = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ""}${writeXml(w)}\n`;
        expect(readXml(xml), xml).toEqual(expectedTree(w));
      }),
      { numRuns: 300 },
    );
  });
});
