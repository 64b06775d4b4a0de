import type { DocumentSymbol, SymbolModifier } from "../schemas/symbol.js";
import { SymbolParseError } from "./errors.js";
import { type SymbolToken, tokenizeSymbol } from "./tokenize.js";

/** A series: capital letters only ("A", "S", "ST", "CEDAW"). */
const SERIES = /^[A-Z]{1,8}$/;
/** A session or year: digits ("65", "2020") or a special or emergency special session ("S-26", "ES-11"). */
const SESSION = /^(?:\d{1,4}|E?S-\d{1,2})$/;
/** A Roman-numeral session after a category: "XII" in "UNEP/CBD/COP/DEC/XII/11". */
const ROMAN_AFTER_CATEGORY = /^[IVXL]{1,7}$/;
/** A document number: digits with an optional capital ("190", "53A") or a marker and digits ("L.12", "PV.71", "Res.1"). */
const NUMBER = /^(?:\d{1,5}[A-Z]?|[A-Z][A-Za-z]{0,5}\.\d{1,5})$/;
/** A modifier component: "Add.2", "Corr.1", "Rev.1", "Amend.1", or "Summary". */
const MODIFIER = /^(?:(Add|Corr|Rev|Amend)\.(\d{1,3})|Summary)$/;
/** The head of a body, subseries or category component: a capital and letters, maybe hyphenated ("C", "CONF", "COP-MOP"). */
const BODY_PART_HEAD = /^[A-Z][A-Za-z]{0,11}(?:-[A-Z][A-Za-z]{0,11})?$/;
/** One ".part" of a body: digits or letters ("3" in "C.3", "V" in "CONF.V"). */
const BODY_PART_TAIL = /^[A-Za-z0-9]{1,6}$/;
/** A Roman-numeral session in brackets: "XXI", "S-VI", "ES-V". */
const ROMAN_SESSION = /^(?:E?S-)?[IVXL]{1,7}$/;
/** A year in brackets: "2016". */
const YEAR = /^(?:19[4-9]\d|20\d\d)$/;
/** A part, parts, volume or section in brackets: "Part II", "Parts I and II", "Vol. I", "Sect. 29". */
const BRACKETED_MODIFIER = /^(Part|Parts|Vol\.|Sect\.) ([IVX]{1,6}|\d{1,2}|[IVX]{1,6} and [IVX]{1,6})$/;
/** The modifier kind of each bracketed word. */
const BRACKET_KINDS: Readonly<Record<string, SymbolModifier["kind"]>> = {
  Part: "Part",
  Parts: "Parts",
  "Vol.": "Vol",
  "Sect.": "Sect",
};
/** Categories that stand before a session: resolutions, presidential statements, decisions, information series. */
const CATEGORIES: ReadonlySet<string> = new Set(["RES", "PRST", "DEC", "INF"]);

interface Component {
  text: string;
  start: number;
  decorations: SymbolToken[];
}

/**
 * Reads a United Nations document symbol, or a resolution number, into its parts: series,
 * subsidiary bodies, category, session or year, number, letter suffix, bracketed session or
 * year, modifiers and parts, reissue star, and a joint second symbol.
 *
 * @param input - The symbol as written: "A/RES/65/190", "A/C.3/65/L.12/Rev.1", "S/RES/2334 (2016)",
 * "A/RES/ES-11/1", "A/65/456/Add.2 (Part II)", "2200 A (XXI)", "75/242 B".
 * @returns The symbol taken apart; {@link formatSymbol} gives back `input` when it is canonical.
 * @throws {SymbolParseError} With a code, a message and the offset where reading failed.
 *
 * @example
 * ```ts
 * import { parseSymbol } from "un-resolutions";
 *
 * parseSymbol("A/C.3/65/L.12/Rev.1");
 * // { type: "documentSymbol", series: "A", bodies: ["C.3"], session: "65", subseries: [],
 * //   number: "L.12", modifiers: [{ kind: "Rev", value: "1" }] }
 * ```
 *
 * Hint: canonical means one space before a letter suffix or a bracket ("S/RES/2334 (2016)");
 * "S/RES/2334(2016)" is read too, and formats with the space.
 */
export function parseSymbol(input: string): DocumentSymbol {
  if (input.length === 0) throw new SymbolParseError("empty", "expected a document symbol, found nothing", input, 0);
  const tokens = tokenizeSymbol(input);
  // Symbols joined by "-" ("A/64/742-S/2010/181"): split the tokens once, build each part, chain them.
  const groups: SymbolToken[][] = [[]];
  for (const token of tokens) {
    if (token.kind === "joint") {
      if (groups.length > MAX_JOINTS) {
        throw new SymbolParseError(
          "too-many-joints",
          `expected at most ${MAX_JOINTS + 1} joined symbols`,
          input,
          token.start,
        );
      }
      groups.push([]);
    } else (groups[groups.length - 1] as SymbolToken[]).push(token);
  }
  let result: DocumentSymbol | undefined;
  for (let g = groups.length - 1; g >= 0; g--) {
    const part = build(input, groups[g] as SymbolToken[]);
    result = result ? { ...part, joint: result } : part;
  }
  return result as DocumentSymbol;
}

/** How many joints a symbol may have: real ones have one ("A/64/742-S/2010/181"), rarely two. */
const MAX_JOINTS = 8;

/**
 * Reads a document symbol without throwing.
 *
 * @param input - The symbol as written.
 * @returns `{ success: true, data }` with the symbol, or `{ success: false, error }` with the
 * {@link SymbolParseError}.
 *
 * @example
 * ```ts
 * import { safeParseSymbol } from "un-resolutions";
 *
 * const result = safeParseSymbol("A/65/209");
 * if (result.success) console.log(result.data.session); // "65"
 * ```
 */
export function safeParseSymbol(input: string):
  | {
      /** Always `true`. */
      success: true;
      /** The symbol's parts. */
      data: DocumentSymbol;
    }
  | {
      /** Always `false`. */
      success: false;
      /** Why the text is not a symbol. */
      error: SymbolParseError;
    } {
  try {
    return { success: true, data: parseSymbol(input) };
  } catch (error) {
    if (error instanceof SymbolParseError) return { success: false, error };
    throw error;
  }
}

function build(input: string, tokens: readonly SymbolToken[]): DocumentSymbol {
  const components = group(input, tokens);
  let numberAt = components.length - 1;
  while (numberAt > 0 && MODIFIER.test(components[numberAt]?.text ?? "")) numberAt -= 1;
  const numberComponent = components[numberAt];
  if (numberComponent === undefined) throw new SymbolParseError("missing-number", "expected a number", input, 0);
  if (!NUMBER.test(numberComponent.text)) {
    throw new SymbolParseError(
      "bad-number",
      `expected a document number ("190", "L.12", "PV.71"), found "${numberComponent.text}"`,
      input,
      numberComponent.start,
    );
  }
  const symbol: DocumentSymbol = {
    type: "documentSymbol",
    bodies: [],
    subseries: [],
    number: numberComponent.text,
    modifiers: [],
  };
  classifyHead(input, components.slice(0, numberAt), symbol);
  readNumberDecorations(input, numberComponent, symbol);
  for (const component of components.slice(numberAt + 1)) readModifier(input, component, symbol);
  return inSchemaOrder(symbol);
}

/** The same symbol with its keys in the schema's order, for readable JSON. */
function inSchemaOrder(s: DocumentSymbol): DocumentSymbol {
  return {
    type: "documentSymbol",
    ...(s.series === undefined ? {} : { series: s.series }),
    bodies: s.bodies,
    ...(s.category === undefined ? {} : { category: s.category }),
    ...(s.session === undefined ? {} : { session: s.session }),
    subseries: s.subseries,
    number: s.number,
    ...(s.letter === undefined ? {} : { letter: s.letter }),
    ...(s.romanSession === undefined ? {} : { romanSession: s.romanSession }),
    ...(s.year === undefined ? {} : { year: s.year }),
    modifiers: s.modifiers,
    ...(s.reissued === undefined ? {} : { reissued: s.reissued }),
  };
}

/** Components with the decorations (letter, brackets, star) that follow each one. */
function group(input: string, tokens: readonly SymbolToken[]): Component[] {
  const components: Component[] = [];
  let expectComponent = true;
  for (const token of tokens) {
    if (token.kind === "component") {
      if (!expectComponent)
        throw new SymbolParseError("unexpected-character", 'expected "/" before a component', input, token.start);
      components.push({ text: token.text, start: token.start, decorations: [] });
      expectComponent = false;
    } else if (token.kind === "slash") {
      if (expectComponent)
        throw new SymbolParseError("bad-component", 'expected a component, found "/"', input, token.start);
      expectComponent = true;
    } else {
      const last = components[components.length - 1];
      if (last === undefined || expectComponent) {
        throw new SymbolParseError("misplaced-suffix", "expected a component before a suffix", input, token.start);
      }
      last.decorations.push(token);
    }
  }
  if (expectComponent) {
    throw new SymbolParseError("missing-number", "expected a component at the end, found nothing", input, input.length);
  }
  return components;
}

/** Series, bodies, category, session and subseries: the components before the number. */
function classifyHead(input: string, head: readonly Component[], symbol: DocumentSymbol): void {
  head.forEach((component, i) => {
    const misplaced = component.decorations[0];
    if (misplaced !== undefined) {
      throw new SymbolParseError("misplaced-suffix", "expected a suffix only after the number", input, misplaced.start);
    }
    const text = component.text;
    if (i === 0 && SERIES.test(text)) symbol.series = text;
    else if (symbol.session === undefined && SESSION.test(text)) symbol.session = text;
    else if (symbol.session === undefined && symbol.category !== undefined && ROMAN_AFTER_CATEGORY.test(text)) {
      symbol.session = text;
    } else if (!isBodyLike(text)) {
      throw new SymbolParseError(
        "bad-component",
        `expected a body, category or session, found "${text}"`,
        input,
        component.start,
      );
    } else if (symbol.session !== undefined) symbol.subseries.push(text);
    else if (symbol.category === undefined && CATEGORIES.has(text)) symbol.category = text;
    else if (symbol.category !== undefined) {
      throw new SymbolParseError(
        "bad-component",
        `expected a session after "${symbol.category}", found "${text}"`,
        input,
        component.start,
      );
    } else symbol.bodies.push(text);
  });
}

function isBodyLike(text: string): boolean {
  const parts = text.split(".");
  if (parts.length > 3 || !BODY_PART_HEAD.test(parts[0] ?? "")) return false;
  return parts.slice(1).every((part) => BODY_PART_TAIL.test(part));
}

/** Letter suffix, bracketed session or year, parts and star after the number. */
function readNumberDecorations(input: string, number: Component, symbol: DocumentSymbol): void {
  let stage = 0;
  for (const token of number.decorations) {
    if (token.kind === "letter" && stage === 0) {
      symbol.letter = token.text;
      stage = 1;
    } else if (token.kind === "bracket" && stage <= 1 && ROMAN_SESSION.test(token.text)) {
      symbol.romanSession = token.text;
      stage = 2;
    } else if (token.kind === "bracket" && stage <= 1 && YEAR.test(token.text)) {
      symbol.year = Number(token.text);
      stage = 2;
    } else readModifierDecoration(input, token, symbol);
  }
}

function readModifier(input: string, component: Component, symbol: DocumentSymbol): void {
  if (symbol.reissued)
    throw new SymbolParseError("misplaced-suffix", 'expected "*" only at the end', input, component.start);
  const match = MODIFIER.exec(component.text);
  const modifier: SymbolModifier =
    match?.[1] === undefined
      ? { kind: "Summary" }
      : { kind: match[1] as SymbolModifier["kind"], value: match[2] ?? "" };
  symbol.modifiers.push(modifier);
  for (const token of component.decorations) readModifierDecoration(input, token, symbol);
}

/** A part bracket or the final star; anything else is out of place. */
function readModifierDecoration(input: string, token: SymbolToken, symbol: DocumentSymbol): void {
  if (symbol.reissued)
    throw new SymbolParseError("misplaced-suffix", 'expected "*" only at the end', input, token.start);
  if (token.kind === "star") {
    symbol.reissued = true;
    return;
  }
  const bracketed = token.kind === "bracket" ? BRACKETED_MODIFIER.exec(token.text) : null;
  const kind = BRACKET_KINDS[bracketed?.[1] ?? ""];
  if (bracketed !== null && kind !== undefined && (kind === "Parts") === (bracketed[2] ?? "").includes(" and ")) {
    symbol.modifiers.push({ kind, value: bracketed[2] ?? "" });
    return;
  }
  const code = token.kind === "bracket" ? "bad-bracket" : "misplaced-suffix";
  const found =
    token.kind === "bracket" ? `"(${token.text})"` : token.kind === "letter" ? `"${token.text}"` : token.kind;
  throw new SymbolParseError(code, `expected a part, a modifier or the end, found ${found}`, input, token.start);
}
