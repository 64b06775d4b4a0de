import type { Meeting, Vote } from "../schemas/resolution.js";
import { isIsoDate } from "./read-header.js";
import { childElement, childElements, descendants, firstDescendant, plainText, type XmlElement } from "./xml-tree.js";

/** The leading digits of a meeting's ordinal: "53" in "53rd", "9520" in "9520th meeting". */
const MEETING_NUMBER = /^\s*(\d{1,6})/;
/** A resumed meeting: "48th (resumed) plenary meeting". */
const RESUMED = /\(resumed\)/i;

/** The `voting@outcome` codes of AKN4UN and the vote kind each one means. */
const KIND_BY_OUTCOME: ReadonlyMap<string, Vote["kind"]> = new Map(
  Object.entries({
    adoptedWithoutVote: "withoutVote",
    adoptedRecordedVote: "recorded",
    adoptedUnanimously: "unanimous",
    adoptedByConsensus: "consensus",
  }),
);

/**
 * Reads the meeting at which the resolution was adopted: from the conclusions of a General Assembly
 * resolution ("53rd plenary meeting", then the date) or from the cover page of a Security Council one
 * ("Adopted by the Security Council at its 9520th meeting, on 22 December 2023").
 *
 * @param doc - the `statement` or `documentCollection` element
 * @returns the meeting, or undefined where the document names none
 */
export function readMeeting(doc: XmlElement): Meeting | undefined {
  const conclusions = childElement(doc, "conclusions") ?? firstDescendant(doc, "conclusions");
  const cover = childElement(doc, "coverPage");
  for (const place of [conclusions, cover]) {
    if (!place) continue;
    const named = [...descendants(place, "location"), ...descendants(place, "inline")].find(
      (element) => element.attributes.refersTo === "#adoptionMeeting" || element.attributes.name === "adoptionMeeting",
    );
    if (!named) continue;
    const text = plainText(named);
    const number = Number.parseInt(MEETING_NUMBER.exec(named.attributes.title ?? text)?.[1] ?? "", 10);
    if (!text || !Number.isInteger(number) || number < 1) continue;
    const dated = descendants(place, "docDate").find((d) => d.attributes.refersTo === "#adoptionDate");
    const date = dated?.attributes.date;
    const meeting: Meeting = { number, text };
    if (RESUMED.test(text)) meeting.resumed = true;
    if (isIsoDate(date)) meeting.date = date;
    return meeting;
  }
  return undefined;
}

/**
 * Reads how the resolution was adopted from `meta/analysis/parliamentary/voting`: its outcome code
 * and its counts (`inFavour`, `against`, `abstaining`).
 *
 * Guarantees: counts are present only where the document gives them; an outcome that is not an
 * AKN4UN code ("VOTING BY MAIL") is kept as `text`.
 *
 * @param doc - the `statement` or `documentCollection` element
 * @returns the vote, or undefined where the document records none
 */
export function readVote(doc: XmlElement): Vote | undefined {
  const meta = childElement(doc, "meta");
  const voting = meta ? firstDescendant(meta, "voting") : undefined;
  if (!voting) return undefined;
  const counts: Partial<Record<"inFavour" | "against" | "abstentions", number>> = {};
  for (const count of childElements(voting, "count")) {
    const value = Number.parseInt(count.attributes.value ?? "", 10);
    // A safe integer, as the schema wants: "99999999999999999999" reads as 1e20, an integer but no count.
    if (!Number.isSafeInteger(value) || value < 0) continue;
    const refersTo = (count.attributes.refersTo ?? "").replace("#", "");
    if (refersTo === "inFavour") counts.inFavour = value;
    else if (refersTo === "against") counts.against = value;
    else if (refersTo === "abstaining" || refersTo === "abstentions") counts.abstentions = value;
  }
  const outcome = voting.attributes.outcome?.trim() ?? "";
  const known = KIND_BY_OUTCOME.get(outcome);
  const hasCounts = Object.keys(counts).length > 0;
  if (!known && !hasCounts && !outcome) return undefined;
  const kind: Vote["kind"] = known ?? (hasCounts ? "recorded" : "withoutVote");
  const vote: Vote = { kind, ...counts };
  if (outcome && !known) vote.text = outcome;
  return vote;
}
