import { XMLBuilder } from "fast-xml-parser";
import type { Resolution } from "../schemas/resolution.js";
import { buildAttachments } from "./build-annexes.js";
import { buildOperative, buildPreamble } from "./build-clauses.js";
import { buildConclusions, buildCoverPage, buildMeta, buildPreface, workPath } from "./build-header.js";
import { NoteWriter } from "./build-inline.js";
import { element, type OutNode } from "./build-nodes.js";
import { AKN_NAMESPACE } from "./from.js";
import { indent } from "./pretty.js";

/**
 * Writes a resolution as Akoma Ntoso XML in the UN's AKN4UN shape: a `statement name="resolution"`
 * with FRBR identification (`/akn/un/statement/deliberation/unga/2010-12-21/65-190/…`, `unsc` for
 * the Security Council), the vote, a cover page, a preface with the number and title, a preamble
 * with its formula ("The General Assembly,") and one `container` per preambular paragraph, a main
 * body of numbered `paragraph`s with their lists of `point`s, footnotes as `authorialNote` where
 * their first marker stands (a repeated marker as a `noteRef` to the first), conclusions with the
 * meeting and its date, and annexes as `attachments`.
 *
 * @param resolution - the resolution (positions are ignored)
 * @returns the XML, indented, with an XML declaration; it validates against the OASIS Akoma Ntoso
 *   3.0 schema
 *
 * @example
 * ```ts
 * import { fromAkomaNtoso, toAkomaNtoso } from "un-resolutions";
 * import { A_RES_65_190 } from "un-resolutions/data";
 *
 * const xml = toAkomaNtoso(A_RES_65_190);
 * fromAkomaNtoso(xml).operative.length === A_RES_65_190.operative.length; // true
 * ```
 *
 * Hint: characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF) are written as U+FFFD, one for one, so offsets still hold. The
 * FRBR manifestation date is the publication date (distribution date, else adoption date), not
 * today's, so that the same resolution always gives the same XML.
 */
export function toAkomaNtoso(resolution: Resolution): string {
  const path = workPath(resolution);
  const notes = new NoteWriter(resolution.footnotes);
  const preamble = buildPreamble(resolution.body, resolution.preamble, notes);
  const paragraphs = resolution.operative.map((clause, index) => buildOperative(clause, index, notes));
  // The schema wants something in a main body; a resolution without operative paragraphs gets an
  // empty `p`, which the reader skips (it holds no text).
  const mainBody = element("mainBody", {}, paragraphs.length > 0 ? paragraphs : [element("p", {})]);
  const preface = buildPreface(resolution, notes.unwritten());
  const parts: (OutNode | undefined)[] = [
    buildMeta(resolution, path),
    buildCoverPage(resolution),
    preface,
    preamble,
    mainBody,
    buildConclusions(resolution),
    buildAttachments(resolution, path),
  ];
  const statement = element(
    "statement",
    { name: "resolution" },
    parts.filter((part): part is OutNode => part !== undefined),
  );
  const root = element("akomaNtoso", { xmlns: AKN_NAMESPACE, "xmlns:akn4un": "http://un.org/akn4un" }, [statement]);
  const declaration = { "?xml": [{ "#text": "" }], ":@": { version: "1.0", encoding: "UTF-8" } };
  const builder = new XMLBuilder({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    suppressEmptyNode: true,
    format: false,
  });
  return builder.build([declaration, { "#text": "\n" }, ...indent([root]), { "#text": "\n" }]) as string;
}
