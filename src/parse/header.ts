import type { AgendaItem, Distribution, Meeting, Report, Session } from "../schemas/resolution.js";
import { atWordStart, scanAnchored, scanAnchoredHolding } from "../text/anchored-scan.js";
import { findDate } from "../text/dates.js";
import { meetingNumber, ordinalNumber, ordinalValue } from "../text/ordinals.js";
import type { Line } from "./lines.js";
import { type MappedText, MappedTextBuilder, sourceAt } from "./mapped-text.js";

/** What the header (the lines before the enacting formula) says. */
export interface Header {
  symbol?: string;
  body?: string;
  number?: string;
  title?: string;
  adoptionDate?: string;
  session?: Session;
  agendaItems?: AgendaItem[];
  distribution?: Distribution;
  report?: Report;
  /** The meeting, when the header names it (Security Council: "at its 4653rd meeting"). */
  meeting?: Omit<Meeting, "position">;
  /** Offsets `[start, end)` into the source of every header fact that was read. */
  spans: Array<[number, number]>;
}

/**
 * A resolution's document symbol: a series (A, S, E and their subsidiary bodies, each part free of
 * "/"), "RES", then the number parts; a letter suffix ("75/242 B", "75/254 A-C") only when it stands
 * alone, and the Security Council's year in brackets. Anchored and tried where a word starts;
 * a part before "RES" may not be "RES" itself, so no part can be read two ways.
 */
const RESOLUTION_SYMBOL =
  /^([AES](?:\/(?!RES\/)[A-Za-z0-9.-]{1,12}){0,3}\/RES\/[A-Za-z0-9.-]{1,12}(?:\/[A-Za-z0-9.-]{1,12}){0,3})( [A-Z](?:-[A-Z])?(?= |\n|$))?( ?\(\d{4}\))?/;

/** The most characters of a {@link RESOLUTION_SYMBOL} before its "/RES/": a series and three parts of 12. */
const SYMBOL_BEFORE_RES = 1 + 3 * 13;

/** "Distr.: General" and the date that follows it, on the same line or the next. */
const DISTRIBUTION = /Distr\.?:? ?(General|Limited|Restricted)\b/;

/** "Sixty-fifth session", "Tenth emergency special session", "Twenty-seventh special session". */
const SESSION = /^([A-Z][a-z]{2,12}(?:-[a-z]{3,10})?) (emergency special |special )?session/;

/** The most characters of a {@link SESSION} before its "session": an ordinal of 24 and "emergency special ". */
const SESSION_BEFORE_WORD = 24 + 1 + "emergency special ".length;

/** "Agenda item 28 (a)", "Agenda items 14 and 117": the rest of the line is the list. */
const AGENDA = /\bAgenda items? ([^\n]{1,200})/;

/** "Resolution adopted by the General Assembly" (the date follows, maybe on the next line). */
const ADOPTED_BY =
  /^Resolution adopted by the (General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)/;

/** "Adopted by the Security Council at its 4653rd meeting", "… its 4337th (closed) meeting" (OCR may write "I" or "l" for "1"). */
const ADOPTED_AT_MEETING =
  /^Adopted by the (General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council) at its\s(\d[\dIlO]{0,5})(?:st|nd|rd|th)( \((?:closed|resumed|private)\))? meeting/;

/** "[on the report of the Third Committee (A/65/449)]" or "[without reference to a Main Committee (A/73/L.4)]". */
const REPORT =
  /^\[(?:on the reports? of the ([A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,5}) \(|without reference to a Main Committee \()([^)\]]{1,200})\)/;

/** A document symbol inside a report reference: "A/65/449", "A/73/L.4", "A/65/449/Add.1". */
const REPORT_SYMBOL = /\b[AES](?:\/[A-Za-z0-9.-]{1,16}){2,6}/g;

/**
 * The resolution number at the start of a line, then the title: "65/190. Trafficking in women and
 * girls", "78/241.", "ES-11/1.", "75/242 B.", "73/3.".
 */
const NUMBER_LINE = /^((?:ES-|S-)?\d{1,4}\/\d{1,4}(?: [A-Z])?)\.(.*)$/;

/** A Security Council resolution number line: "Resolution 1445 (2002)" or, in old volumes, "100 (1953). Resolution of 27 October 1953". */
const SC_NUMBER_LINE =
  /^(?:(?:Resolution|RESOLUTION) (\d{1,4}(?: \(\d{4}\))?)(?: (of .*))?$|(\d{1,4}) ?\((\d{4})\)\.(.*)$)/;

/** The date line under a Security Council number line: "of 28 January 1982" (OCR: "ef", "Of", "£964"). */
const OF_DATE_LINE = /^[oOe][fF] (\d{1,2} [^\s]{3,10},? [^\s]{4})\.?$/;

/** Lines of a header that are layout, not facts: "United Nations", a body name alone. */
const HEADER_FURNITURE =
  /^(?:United Nations|General Assembly|Security Council|Economic and Social Council|Human Rights Council)$/;

/**
 * Reads the header facts from the lines before the enacting formula (the header stage).
 *
 * After this stage, every fact found is in the returned {@link Header} and the source spans it
 * was read from are in `spans`; facts not found are absent (the caller reports them).
 *
 * @param lines - the lines before the formula
 * @returns the facts found
 */
export function readHeader(lines: readonly Line[]): Header {
  const header: Header = { spans: [] };
  const joined = joinLines(lines);
  const text = joined.text;
  const mark = (index: number, length: number) => {
    if (length <= 0) return;
    header.spans.push([sourceAt(joined, index), sourceAt(joined, index + length - 1) + 1]);
  };

  // Each pattern is tried only from where the words it must hold can be: most headers hold few of them.
  const symbol = scanAnchoredHolding(text, RESOLUTION_SYMBOL, atWordStart, 80, "/RES/", SYMBOL_BEFORE_RES);
  if (symbol) {
    header.symbol = `${symbol[1]}${symbol[2] ?? ""}${symbol[3] ?? ""}`;
    mark(symbol.index, symbol[0].length);
  }

  const distribution = DISTRIBUTION.exec(text);
  if (distribution) {
    header.distribution = { level: distribution[1] as string };
    mark(distribution.index, distribution[0].length);
    const after = text.slice(
      distribution.index + distribution[0].length,
      distribution.index + distribution[0].length + 40,
    );
    const date = findDate(after);
    if (date && /^[\s,]*$/.test(after.slice(0, date.index))) {
      header.distribution.date = date.iso;
      mark(distribution.index + distribution[0].length + date.index, date.length);
    }
  }

  const session = scanAnchoredHolding(text, SESSION, atWordStart, 50, "session", SESSION_BEFORE_WORD);
  if (session) {
    const value = ordinalValue(session[1] as string);
    if (value !== undefined) {
      const kind = session[2] === "emergency special " ? "emergencySpecial" : session[2] ? "special" : "regular";
      header.session = { kind, number: value, text: session[0] };
      mark(session.index, session[0].length);
    }
  }

  const agenda = AGENDA.exec(text);
  if (agenda) {
    header.agendaItems = splitAgendaItems(agenda[1] as string);
    mark(agenda.index, agenda[0].length);
    const next = nextLineAfter(text, agenda.index);
    if (next && header.agendaItems.length === 1 && isAgendaTitle(next.text)) {
      (header.agendaItems[0] as AgendaItem).title = next.text;
      mark(next.index, next.text.length);
    }
  }

  const adopted = scanAnchoredHolding(text, ADOPTED_BY, atWordStart, 60, "Resolution adopted by the ", 0);
  if (adopted) {
    header.body = adopted[1];
    mark(adopted.index, adopted[0].length);
    const rest = text.slice(adopted.index + adopted[0].length, adopted.index + adopted[0].length + 40);
    const date = /^\s+on\s+/.exec(rest) ? findDate(rest) : undefined;
    if (date) {
      header.adoptionDate = date.iso;
      mark(adopted.index + adopted[0].length, date.index + date.length);
    }
  }

  const atMeeting = scanAnchoredHolding(text, ADOPTED_AT_MEETING, atWordStart, 100, "Adopted by the ", 0);
  if (atMeeting) {
    header.body ??= atMeeting[1];
    // A "0th meeting" names no meeting (meetings count from 1) and is left out.
    const number = meetingNumber(atMeeting[2] as string);
    if (number !== undefined) {
      header.meeting = { number, text: `${ordinalNumber(number)}${atMeeting[3] ?? ""} meeting` };
      if (atMeeting[3]?.includes("resumed")) header.meeting.resumed = true;
    }
    mark(atMeeting.index, atMeeting[0].length);
    const rest = text.slice(atMeeting.index + atMeeting[0].length, atMeeting.index + atMeeting[0].length + 40);
    const date = findDate(rest);
    if (date && /^[\s,]*on\s*$/i.test(rest.slice(0, date.index))) {
      header.adoptionDate = date.iso;
      if (header.meeting) header.meeting.date = date.iso;
      mark(atMeeting.index + atMeeting[0].length, date.index + date.length);
    }
  }

  const report = scanAnchored(text, REPORT, (t, i) => t[i] === "[", 300);
  if (report) {
    const symbols = (report[2] as string).match(REPORT_SYMBOL) ?? [];
    header.report = report[1] ? { committee: report[1].replace(/\s+/g, " "), symbols } : { symbols };
    const close = text.indexOf("]", report.index);
    mark(
      report.index,
      (close > 0 && close - report.index < 300 ? close + 1 : report.index + report[0].length) - report.index,
    );
  }

  readNumberAndTitle(text, header, mark);
  for (const line of lines) {
    if (HEADER_FURNITURE.test(line.content.text)) header.spans.push([line.start + line.indent, line.end]);
  }
  return header;
}

function readNumberAndTitle(text: string, header: Header, mark: (index: number, length: number) => void): void {
  const rows = text.split("\n");
  let index = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as string;
    const general = NUMBER_LINE.exec(row);
    if (general) {
      header.number = general[1];
      mark(index, row.length);
      const titleRows: string[] = [];
      if (general[2]?.trim()) titleRows.push(general[2].trim());
      else {
        // The title follows on the next non-empty lines (pdftotext puts it apart).
        let at = index + row.length + 1;
        for (let k = r + 1; k < rows.length; k++) {
          const next = rows[k] as string;
          if (next.trim() !== "") {
            titleRows.push(next);
            mark(at, next.length);
          } else if (titleRows.length > 0) break;
          at += next.length + 1;
        }
      }
      if (general[2]?.trim()) {
        // A title can also wrap onto the next line(s) up to the formula.
        let at = index + row.length + 1;
        for (let k = r + 1; k < rows.length; k++) {
          const next = rows[k] as string;
          if (next.trim() === "") break;
          titleRows.push(next);
          mark(at, next.length);
          at += next.length + 1;
        }
      }
      if (titleRows.length > 0) header.title = titleRows.join(" ").replace(/\s+/g, " ").trim();
      return;
    }
    const council = SC_NUMBER_LINE.exec(row);
    if (council) {
      mark(index, row.length);
      if (council[1]) {
        // "Resolution 1445 (2002)", then "of 4 December 2002" on the same line or a later one.
        let dateText = council[2];
        if (!dateText) {
          let at = index + row.length + 1;
          for (let k = r + 1; k < rows.length && k <= r + 3; k++) {
            const next = rows[k] as string;
            if (OF_DATE_LINE.test(next.trim())) {
              dateText = next.trim();
              mark(at, next.length);
              break;
            }
            at += next.length + 1;
          }
        }
        const ofDate = dateText ? OF_DATE_LINE.exec(dateText) : null;
        const date = ofDate ? findDate(ofDate[1] as string) : undefined;
        if (date) header.adoptionDate ??= date.iso;
        // A number printed without its year takes the year of adoption: "Resolution 290", "of 8 December 1970".
        header.number = council[1].includes("(") || !date ? council[1] : `${council[1]} (${date.iso.slice(0, 4)})`;
      } else {
        header.number = `${council[3]} (${council[4]})`;
        const date = council[5] ? findDate(council[5]) : undefined;
        if (date) header.adoptionDate ??= date.iso;
      }
      // A number with its year in brackets is the Security Council's numbering.
      if (/\(\d{4}\)$/.test(header.number ?? "")) header.body ??= "Security Council";
      return;
    }
    index += row.length + 1;
  }
}

function splitAgendaItems(list: string): AgendaItem[] {
  return list
    .replace(/\s+/g, " ")
    .split(/, | and /)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((number) => ({ number }));
}

function nextLineAfter(text: string, index: number): { text: string; index: number } | undefined {
  const end = text.indexOf("\n", index);
  if (end < 0) return undefined;
  const stop = text.indexOf("\n", end + 1);
  const line = text.slice(end + 1, stop < 0 ? text.length : stop);
  return line.trim() === ""
    ? undefined
    : { text: line.trim(), index: end + 1 + (line.length - line.trimStart().length) };
}

/** An agenda item's title: a line of words that is none of the other header lines. */
function isAgendaTitle(line: string): boolean {
  return (
    /^[A-Z][a-z]/.test(line) &&
    !line.startsWith("Resolution adopted") &&
    !/^Resolution\b|^Distr|^Adopted\b/.test(line) &&
    findDate(line) === undefined &&
    !NUMBER_LINE.test(line) &&
    !HEADER_FURNITURE.test(line)
  );
}

function joinLines(lines: readonly Line[]): MappedText {
  const b = new MappedTextBuilder();
  for (const line of lines) {
    if (!b.isEmpty) b.appendSynthetic("\n");
    b.appendMapped(line.content);
  }
  return b.build();
}
