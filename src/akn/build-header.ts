import type { Resolution, Vote } from "../schemas/resolution.js";
import { printedDate } from "../text/dates.js";
import { ordinalNumber } from "../text/ordinals.js";
import { element, type OutNode, text } from "./build-nodes.js";

/** The document path of a resolution in the UN's FRBR URIs ("/akn/un/statement/deliberation/unga/2010-12-21/65-190/"). */
export interface WorkPath {
  /** "/akn/un/statement/deliberation/unga/2010-12-21/65-190/" */
  readonly work: string;
  /** The body's short code ("ga", "sc"), as `FRBRauthor` names it. */
  readonly bodyCode: string;
}

/** The body codes of the UN's FRBR URIs, and the short codes of `FRBRauthor`. */
const CODES: ReadonlyMap<string, readonly [string, string]> = new Map(
  Object.entries({
    "General Assembly": ["unga", "ga"],
    "Security Council": ["unsc", "sc"],
    "Economic and Social Council": ["unecosoc", "ecosoc"],
    "Human Rights Council": ["unhrc", "hrc"],
  }),
);

/** The outcome codes of AKN4UN for each kind of vote. */
const OUTCOME_BY_KIND: Readonly<Record<Vote["kind"], string>> = {
  recorded: "adoptedRecordedVote",
  withoutVote: "adoptedWithoutVote",
  unanimous: "adoptedUnanimously",
  consensus: "adoptedByConsensus",
};

/** Characters a number's FRBR segment leaves out: spaces and closing brackets ("2720 (2023)" → "2720-2023"). */
const FRBR_DROPPED = /[\s)]+/g;
/** Characters a number's FRBR segment writes as "-": slashes and opening brackets. */
const FRBR_DASHED = /[/(]+/g;
/** The FRBR work path of a resolution: body code, adoption date, number ("65/190" → "65-190"). */
export function workPath(resolution: Resolution): WorkPath {
  const [frbr, short] = CODES.get(resolution.body) ?? ["un", "un"];
  const number = resolution.number ?? resolution.symbol;
  const segment = number.replace(FRBR_DROPPED, "").replace(FRBR_DASHED, "-");
  return { work: `/akn/un/statement/deliberation/${frbr}/${resolution.adoptionDate}/${segment}/`, bodyCode: short };
}

/**
 * The `meta` block: FRBR identification of work, expression (English) and manifestation (XML), the
 * vote (`analysis`), and the references the document's `refersTo` attributes point to.
 *
 * @param resolution - the resolution
 * @param path - its FRBR work path
 * @param suffix - what the FRBR `this` URIs end with ("!main", "!main/annex_1")
 * @returns the `meta` element
 */
export function buildMeta(resolution: Resolution, path: WorkPath, suffix = "!main"): OutNode {
  const published = resolution.distribution?.date ?? resolution.adoptionDate;
  const expression = `${path.work}eng@`;
  const identification = element("identification", { source: "#source" }, [
    element("FRBRWork", {}, [
      element("FRBRthis", { value: `${path.work}${suffix}` }),
      element("FRBRuri", { value: path.work }),
      element("FRBRdate", { date: resolution.adoptionDate, name: "adoption" }),
      element("FRBRauthor", { href: `#${path.bodyCode}`, as: "#author" }),
      element("FRBRcountry", { value: "un" }),
    ]),
    element("FRBRExpression", {}, [
      element("FRBRthis", { value: `${expression}/${suffix}` }),
      element("FRBRuri", { value: `${expression}/` }),
      element("FRBRdate", { date: published, name: "publication" }),
      element("FRBRauthor", { href: `#${path.bodyCode}`, as: "#issuer" }),
      element("FRBRlanguage", { language: "eng" }),
    ]),
    element("FRBRManifestation", {}, [
      element("FRBRthis", { value: `${expression}/${suffix}.xml` }),
      element("FRBRuri", { value: `${expression}.xml` }),
      element("FRBRdate", { date: published, name: "markup" }),
      element("FRBRauthor", { href: "#source", as: "#editor" }),
    ]),
  ]);
  const children = [identification];
  if (suffix === "!main" && resolution.vote) children.push(buildAnalysis(resolution.vote));
  if (suffix === "!main") children.push(buildReferences(resolution, path));
  return element("meta", {}, children);
}

function buildAnalysis(vote: Vote): OutNode {
  const counts: OutNode[] = [];
  if (vote.inFavour !== undefined)
    counts.push(element("count", { value: String(vote.inFavour), refersTo: "#inFavour" }));
  if (vote.against !== undefined) counts.push(element("count", { value: String(vote.against), refersTo: "#against" }));
  if (vote.abstentions !== undefined) {
    counts.push(element("count", { value: String(vote.abstentions), refersTo: "#abstaining" }));
  }
  // The schema wants a count or a quorum in a voting; without counts the UN writes an empty quorum.
  if (counts.length === 0) counts.push(element("quorum", { value: "" }));
  const voting = element("voting", { outcome: vote.text ?? OUTCOME_BY_KIND[vote.kind] }, counts);
  return element("analysis", { source: "#source" }, [element("parliamentary", {}, [voting])]);
}

function buildReferences(resolution: Resolution, path: WorkPath): OutNode {
  const concept = (eId: string, showAs: string): OutNode =>
    element("TLCConcept", { eId, href: `/akn/ontology/concept/un/${eId}`, showAs });
  return element("references", { source: "#source" }, [
    element("TLCOrganization", {
      eId: "source",
      href: "/akn/ontology/organization/un-resolutions",
      showAs: "un-resolutions",
    }),
    element("TLCOrganization", {
      eId: path.bodyCode,
      href: `/akn/ontology/organization/un/${path.bodyCode}`,
      showAs: resolution.body,
    }),
    concept("symbol", "Symbol"),
    concept("dateOfIssuance", "Date of issuance"),
    concept("dateOfAdoption", "Date of adoption"),
    concept("resolutionTitle", "Resolution title"),
    concept("adoptionMeeting", "Adoption meeting"),
    element("TLCRole", { eId: "publisher", href: "/akn/ontology/role/un/publisher", showAs: "Publisher" }),
    element("TLCRole", { eId: "issuingBody", href: "/akn/ontology/role/un/issuingBody", showAs: "Issuing body" }),
  ]);
}

/**
 * The `coverPage`: publisher, symbol, body, distribution and its date, session, agenda items, the
 * adoption line, and the report the resolution was adopted on; for the Security Council, the
 * resolution number and "Adopted by the Security Council at its 9520th meeting, on 22 December 2023".
 *
 * @param resolution - the resolution
 * @returns the `coverPage` element
 */
export function buildCoverPage(resolution: Resolution): OutNode {
  const p = (children: OutNode[], attributes: Record<string, string> = {}): OutNode =>
    element("p", attributes, children);
  const lines: OutNode[] = [
    p([element("docAuthority", { refersTo: "#publisher" }, [text("United Nations")])]),
    p([element("docNumber", { refersTo: "#symbol" }, [text(resolution.symbol)])], { class: "upperRight" }),
    p([element("docAuthority", { refersTo: "#issuingBody" }, [text(resolution.body)])], { class: "upperLeft" }),
  ];
  const distribution = resolution.distribution;
  if (distribution) {
    lines.push(
      p([element("docStatus", { refersTo: "#generalDistribution" }, [text(`Distr.: ${distribution.level}`)])]),
    );
    if (distribution.date) {
      lines.push(
        p([
          element("docDate", { date: distribution.date, refersTo: "#dateOfIssuance" }, [
            text(printedDate(distribution.date)),
          ]),
        ]),
      );
    }
  }
  const session = resolution.session;
  if (session) {
    lines.push(p([element("session", { value: String(session.number), refersTo: "#session" }, [text(session.text)])]));
  }
  for (const item of resolution.agendaItems ?? []) {
    lines.push(
      p([element("inline", { name: "agenda item", title: item.number }, [text(`Agenda item ${item.number}`)])]),
    );
    if (item.title) lines.push(p([element("inline", { name: "agenda item name" }, [text(item.title)])]));
  }
  if (resolution.body === "Security Council") lines.push(...securityCouncilTitle(resolution));
  else {
    const adopted = `Resolution adopted by the ${resolution.body} on ${printedDate(resolution.adoptionDate)}`;
    lines.push(p([element("docTitle", {}, [text(adopted)])]));
  }
  if (resolution.report) {
    const { committee, symbols } = resolution.report;
    const lead = committee ? `[on the report of the ${committee} (` : "[without reference to a Main Committee (";
    const proponent = element("docProponent", { refersTo: committee ? "#reportingCommittee" : "#noMainCommittee" }, [
      text(lead),
      element("inline", { name: "originating document" }, [text(listed(symbols))]),
      text(")]"),
    ]);
    lines.push(p([proponent]));
  }
  return element("coverPage", { eId: "coverPage_1" }, lines);
}

function securityCouncilTitle(resolution: Resolution): OutNode[] {
  const lines = [
    element("p", {}, [
      element("docTitle", { refersTo: "#resolutionNumber" }, [text(`Resolution ${resolution.number ?? ""}`.trim())]),
    ]),
  ];
  const meeting = resolution.meeting;
  const adoption: OutNode[] = [text("Adopted by the Security Council")];
  if (meeting) {
    adoption.push(text(" at its "));
    adoption.push(
      element("inline", { name: "adoptionMeeting", title: ordinalNumber(meeting.number) }, [text(meeting.text)]),
    );
    adoption.push(text(","));
  }
  const date = meeting?.date ?? resolution.adoptionDate;
  adoption.push(text(" on "), element("docDate", { date, refersTo: "#adoptionDate" }, [text(printedDate(date))]));
  lines.push(element("p", {}, [element("docTitle", { refersTo: "#adoption" }, adoption)]));
  return lines;
}

/** "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * The `preface`: the resolution number ("65/190.") and title, and the notes that no paragraph
 * refers to (the UN puts the note on a letter-suffixed resolution's "B" here).
 *
 * @param resolution - the resolution
 * @param notes - the `authorialNote`s that belong to no paragraph
 * @returns the `preface` element, or undefined when there is neither title nor such note
 */
export function buildPreface(resolution: Resolution, notes: readonly OutNode[]): OutNode | undefined {
  if (!resolution.title && notes.length === 0) return undefined;
  const children: OutNode[] = [];
  if (resolution.number) children.push(element("docNumber", {}, [text(`${resolution.number}.`)]));
  if (resolution.title) children.push(element("docTitle", { refersTo: "#resolutionTitle" }, [text(resolution.title)]));
  // One at a time: push(...notes) passes one argument each, which overflows the stack past about 120,000.
  for (const note of notes) children.push(note);
  return element("preface", {}, [element("p", {}, children)]);
}

/**
 * The `conclusions`: the meeting and its date ("71st plenary meeting", "21 December 2010"), as the
 * UN closes a General Assembly resolution. The Security Council's meeting is on its cover page.
 *
 * @param resolution - the resolution
 * @returns the `conclusions` element, or undefined when there is nothing to conclude with
 */
export function buildConclusions(resolution: Resolution): OutNode | undefined {
  const meeting = resolution.meeting;
  if (!meeting || resolution.body === "Security Council") return undefined;
  const event: OutNode[] = [
    element("location", { title: ordinalNumber(meeting.number), refersTo: "#adoptionMeeting" }, [text(meeting.text)]),
  ];
  if (meeting.date) {
    event.push(element("eol", {}));
    event.push(
      element("docDate", { date: meeting.date, refersTo: "#adoptionDate" }, [text(printedDate(meeting.date))]),
    );
  }
  return element("conclusions", { eId: "conclusions" }, [
    element("p", {}, [element("event", { refersTo: "#adoption" }, event)]),
  ]);
}
