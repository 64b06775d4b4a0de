import type { Resolution, Vote } from "../schemas/resolution.js";
import { printedDate } from "../text/dates.js";

/** One fact of a resolution's header, labelled for a reader. */
export interface HeaderFact {
  readonly label: string;
  readonly value: string;
}

/** How a resolution was adopted, in words: "without a vote", "13 in favour, 0 against, 2 abstentions". */
export function voteWords(vote: Vote): string {
  const counts: string[] = [];
  if (vote.inFavour !== undefined) counts.push(`${vote.inFavour} in favour`);
  if (vote.against !== undefined) counts.push(`${vote.against} against`);
  if (vote.abstentions !== undefined) counts.push(`${vote.abstentions} abstention${vote.abstentions === 1 ? "" : "s"}`);
  const kind = {
    recorded: "recorded vote",
    withoutVote: "without a vote",
    unanimous: "unanimously",
    consensus: "by consensus",
  }[vote.kind];
  const words = counts.length > 0 ? `${kind}: ${counts.join(", ")}` : kind;
  return vote.text ? `${words} (${vote.text})` : words;
}

/**
 * The header facts a reader wants first, in order, each present only where the resolution states
 * it: body, session, agenda items, adoption (date, meeting), vote, report, distribution.
 *
 * @param resolution - the resolution
 * @returns the facts
 */
export function headerFacts(resolution: Resolution): HeaderFact[] {
  const facts: HeaderFact[] = [{ label: "Body", value: resolution.body }];
  if (resolution.session) facts.push({ label: "Session", value: resolution.session.text });
  const items = resolution.agendaItems ?? [];
  if (items.length > 0) {
    const value = items.map((item) => (item.title ? `${item.number} (${item.title})` : item.number)).join("; ");
    facts.push({ label: items.length === 1 ? "Agenda item" : "Agenda items", value });
  }
  const meeting = resolution.meeting;
  const at = meeting
    ? `, ${meeting.text}${meeting.date && meeting.date !== resolution.adoptionDate ? ` (${printedDate(meeting.date)})` : ""}`
    : "";
  facts.push({ label: "Adopted", value: `${printedDate(resolution.adoptionDate)}${at}` });
  if (resolution.vote) facts.push({ label: "Vote", value: voteWords(resolution.vote) });
  const report = resolution.report;
  if (report) {
    const by = report.committee ?? "without reference to a Main Committee";
    facts.push({ label: "Report", value: report.symbols.length > 0 ? `${by} (${report.symbols.join(", ")})` : by });
  }
  const distribution = resolution.distribution;
  if (distribution) {
    const date = distribution.date ? `, ${printedDate(distribution.date)}` : "";
    facts.push({ label: "Distribution", value: `${distribution.level}${date}` });
  }
  return facts;
}
