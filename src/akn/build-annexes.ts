import type { Annex, Resolution } from "../schemas/resolution.js";
import { buildMeta, type WorkPath } from "./build-header.js";
import { element, type OutNode, text } from "./build-nodes.js";

/**
 * The `attachments`: one `attachment` per annex, each a `doc name="annex"` with its own FRBR
 * identification and a main body whose first paragraphs are the heading ("Annex I") and the title,
 * in bold (class "H1", as the UN writes them), then one paragraph per paragraph of the annex's text
 * (blank-line separated), one `p` per line.
 *
 * @param resolution - the resolution
 * @param path - its FRBR work path
 * @returns the `attachments` element, or undefined when there is no annex
 */
export function buildAttachments(resolution: Resolution, path: WorkPath): OutNode | undefined {
  const annexes = resolution.annexes ?? [];
  if (annexes.length === 0) return undefined;
  const attachments = annexes.map((annex, index) =>
    element("attachment", {}, [
      element("doc", { name: "annex" }, [
        buildMeta(resolution, path, `!main/annex_${index + 1}`),
        element("mainBody", {}, annexParagraphs(annex, index + 1)),
      ]),
    ]),
  );
  return element("attachments", {}, attachments);
}

function annexParagraphs(annex: Annex, number: number): OutNode[] {
  const id = `annex_${number}`;
  const heading = (value: string, n: number): OutNode =>
    element("paragraph", { eId: `${id}__para_${n}`, class: "H1" }, [
      element("content", { eId: `${id}__para_${n}__content` }, [
        element("p", {}, [element("span", { class: "bold" }, [text(value)])]),
      ]),
    ]);
  const out = [heading(annex.heading, 1)];
  if (annex.title) out.push(heading(annex.title, 2));
  const blocks = annex.text.split("\n\n").filter((block) => block.trim() !== "");
  for (const block of blocks) {
    const n = out.length + 1;
    out.push(
      element("paragraph", { eId: `${id}__para_${n}`, class: "SingleTxt" }, [
        element(
          "content",
          { eId: `${id}__para_${n}__content` },
          block.split("\n").map((line) => element("p", {}, [text(line)])),
        ),
      ]),
    );
  }
  return out;
}
