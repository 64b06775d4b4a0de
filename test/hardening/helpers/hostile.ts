/**
 * Families of hostile resolution texts that grow with `n`, each aimed at a place where a parser can
 * do quadratic work: a long piece built line by line, a long preamble before unnumbered operative
 * paragraphs, header lines that each add a span, many subparagraphs with markers, many pages with
 * running heads, footnote blocks, markers citing treaties. Each is built around a real header.
 */

/** A real header, from A/RES/65/190 (pdftotext), ending with the enacting formula. */
export const HEADER = [
  "United Nations A/RES/65/190",
  "",
  "General Assembly",
  "",
  "Distr.: General 11 March 2011",
  "",
  "Sixty-fifth session Agenda item 28 (a)",
  "",
  "Resolution adopted by the General Assembly on 21 December 2010",
  "",
  "[on the report of the Third Committee (A/65/449)]",
  "",
  "65/190. Trafficking in women and girls",
  "",
  "The General Assembly,",
  "",
].join("\n");

/** The meeting line that ends the operative part. */
export const MEETING = "\n71st plenary meeting\n21 December 2010\n";

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** A number in superscript digits. */
export function superscript(n: number): string {
  return String(n)
    .split("")
    .map((d) => SUPERSCRIPT[Number(d)])
    .join("");
}

/** A hostile family: a name, and the text of size `n`. */
export interface Family {
  name: string;
  make: (n: number) => string;
}

export const FAMILIES: readonly Family[] = [
  {
    name: "one operative paragraph of n lines, each ending in a hyphen",
    make: (n) =>
      `${HEADER}Recalling its resolutions,\n\n1. Decides that the well-\n${"known-\n".repeat(n)}end;\n${MEETING}`,
  },
  {
    name: "n preambular paragraphs, one numbered operative paragraph, then n without numbers",
    make: (n) =>
      `${HEADER}${"Recalling its resolution 64/293,\n\n".repeat(n)}1. Decides to act;\n\n${"Requests the Secretary-General to report;\n\n".repeat(n)}${MEETING}`,
  },
  {
    name: "n header lines that are layout ('United Nations')",
    make: (n) => `${"United Nations\n".repeat(n)}${HEADER}Recalling its resolutions,\n\n1. Decides to act.\n${MEETING}`,
  },
  {
    name: "one operative paragraph with n subparagraphs, each with a footnote marker",
    make: (n) =>
      `${HEADER}Recalling its resolutions,\n\n1. Decides:\n\n${Array.from({ length: n }, (_, i) => `(a) to act in case ${i}${superscript((i % 9) + 1)};\n\n`).join("")}${MEETING}\n${Array.from({ length: 9 }, (_, i) => `${superscript(i + 1)} Resolution 64/${i + 1}.\n\n`).join("")}`,
  },
  {
    name: "n pages, each opening with a running head, under a title of n words",
    make: (n) => {
      const title = Array.from({ length: n }, (_, i) => `word${i}`).join(" ");
      const header = HEADER.replace("65/190. Trafficking in women and girls", `65/190. ${title}`);
      return `${header}Recalling its resolutions,\n\n${Array.from({ length: n }, (_, i) => `\f${title.slice(0, 40)}\n\n${i + 1}. Decides to act;\n\n`).join("")}${MEETING}`;
    },
  },
  {
    name: "a footnote block of n footnotes under a rule",
    make: (n) =>
      `${HEADER}Recalling the Convention,¹\n\n1. Decides to act.\n\n${"_".repeat(20)}\n${Array.from({ length: n }, (_, i) => `${(i % 999) + 1} United Nations, Treaty Series, vol. ${i + 1}, No. ${i + 1}.`).join("\n")}\n${MEETING}`,
  },
  {
    name: "one preambular paragraph citing n treaties by footnote",
    make: (n) =>
      `${HEADER}Recalling ${Array.from({ length: n }, (_, i) => `the Convention on Matter ${i}${superscript(i + 1)}`).join(", ")},\n\n1. Decides to act.\n${MEETING}\n${Array.from({ length: n }, (_, i) => `${superscript(i + 1)} United Nations, Treaty Series, vol. ${i + 1}, No. ${i + 1}.\n`).join("\n")}`,
  },
  {
    name: "n lines of one paragraph without a space (one long word)",
    make: (n) => `${HEADER}Recalling ${"a".repeat(n * 40)},\n\n1. Decides to act.\n${MEETING}`,
  },
];
