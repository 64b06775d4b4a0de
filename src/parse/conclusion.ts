import type { Meeting, Vote } from "../schemas/resolution.js";
import { atNumberStart, scanAnchoredHolding } from "../text/anchored-scan.js";
import { findDate } from "../text/dates.js";
import { meetingNumber } from "../text/ordinals.js";
import type { Line } from "./lines.js";
import type { SourceMap } from "./source-map.js";

/** "71st plenary meeting", "50th (resumed) plenary meeting", "4653rd meeting", "631st meeting" (OCR: "298Ist"). */
const MEETING = /^(\d[\dIlO]{0,5})(?:st|nd|rd|th) (\(resumed\) )?(plenary )?meeting/;

/** The most characters of a {@link MEETING} before its "meeting": six digits, a suffix, "(resumed) plenary ". */
const MEETING_BEFORE_WORD = 6 + 2 + 1 + "(resumed) ".length + "plenary ".length;

/** A recorded vote: "by 13 votes to none, with 2 abstentions"; OCR may write "to 0" or "one". */
const VOTE = /\bby (\d{1,3}|one|two) votes? to (\d{1,3}|none|one|two)(?:,? with (\d{1,3}|one|two|none) abstentions?)?/;

/** A unanimous adoption: "Adopted unanimously". */
const UNANIMOUS = /\bunanimously\b/;

/** An adoption without a vote. */
const WITHOUT_VOTE = /\bwithout (?:a )?vote\b/;

const SMALL_NUMBERS: Readonly<Record<string, number>> = { none: 0, one: 1, two: 2 };

/**
 * Reads the meeting and the vote from the conclusion lines (the conclusion stage):
 * "71st plenary meeting 21 December 2010", "Adopted unanimously at the 631st meeting.",
 * "Adopted at the 4653rd meeting by 13 votes to none, with 2 abstentions".
 *
 * @param lines - the conclusion lines
 * @param map - the source map, for positions
 */
export function readConclusion(
  lines: readonly Line[],
  map: SourceMap,
): { meeting?: Meeting; vote?: Vote; used: number } {
  if (lines.length === 0) return { used: 0 };
  // The meeting line and the lines it wraps onto (the vote's list of abstaining members may run long).
  const used = Math.min(lines.length, 8);
  const text = lines
    .slice(0, used)
    .map((l) => l.content.text)
    .join(" ");
  const first = lines[0] as Line;
  const last = lines[used - 1] as Line;
  const position = map.position(first.start + first.indent, last.start + last.indent + last.raw.length);
  const out: { meeting?: Meeting; vote?: Vote; used: number } = { used };
  const meeting = scanAnchoredHolding(text, MEETING, atNumberStart, 40, "meeting", MEETING_BEFORE_WORD);
  // A "0th plenary meeting" names no meeting (meetings count from 1) and is left out.
  const number = meeting ? meetingNumber(meeting[1] as string) : undefined;
  if (meeting && number !== undefined) {
    const m: Meeting = { number, text: meeting[0].replace(meeting[1] as string, String(number)), position };
    if (meeting[2]) m.resumed = true;
    const date = findDate(text);
    if (date) m.date = date.iso;
    out.meeting = m;
  }
  const vote = VOTE.exec(text);
  if (vote) {
    const count = (s: string | undefined) => (s === undefined ? undefined : (SMALL_NUMBERS[s] ?? Number(s)));
    const v: Vote = { kind: "recorded", text: vote[0], position };
    const inFavour = count(vote[1]);
    const against = count(vote[2]);
    const abstentions = count(vote[3]);
    if (inFavour !== undefined) v.inFavour = inFavour;
    if (against !== undefined) v.against = against;
    if (abstentions !== undefined) v.abstentions = abstentions;
    out.vote = v;
  } else if (UNANIMOUS.test(text)) out.vote = { kind: "unanimous", text: "unanimously", position };
  else if (WITHOUT_VOTE.test(text)) out.vote = { kind: "withoutVote", text: "without a vote", position };
  return out;
}
