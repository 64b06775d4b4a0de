import { SymbolParseError } from "./errors.js";

/** One token of a document symbol. */
export type SymbolToken =
  | { kind: "component"; text: string; start: number }
  | { kind: "slash"; start: number }
  | { kind: "letter"; text: string; start: number }
  | { kind: "bracket"; text: string; start: number }
  | { kind: "star"; start: number }
  | { kind: "joint"; start: number };

/** A character of a component: letters, digits, dots and hyphens ("C.3", "ES-11", "Corr.1"). */
const COMPONENT_CHAR = /[A-Za-z0-9.-]/;
/** A letter suffix after a space: "B" or "A-C", then the end, a space, a bracket, a slash or a star. */
const LETTER_SUFFIX = /[A-Z](?:-[A-Z])?(?=$|[\s(/*])/y;
/** The inside of a bracket: letters, digits, spaces, dots and hyphens up to ")": "XXI", "2016", "Part II", "Vol. I". */
const BRACKET_INSIDE = /[A-Za-z0-9 .-]{1,20}(?=\))/y;
/** A second series after a hyphen: "-S/" in "A/56/1026-S/2002/875". */
const JOINT_SERIES = /-[A-Z]{1,8}\//y;
/** The last character of a symbol before a joining hyphen: a digit, ")" or "*" (not "COP" of "COP-MOP"). */
const SYMBOL_END = /[0-9)*]/;

/**
 * Splits a document symbol into tokens: components, slashes, a letter suffix (" B"), brackets
 * (" (XXI)", " (2016)", " (Part II)"), a reissue star, and the hyphen joining two symbols.
 *
 * Guarantees: tokens are in order and cover the whole input; anything else is an error.
 *
 * @param input - The symbol, as written.
 * @returns The tokens.
 * @throws {SymbolParseError} With code `unexpected-character` at the first character no token takes.
 *
 * @example
 * ```ts
 * tokenizeSymbol("S/RES/2334 (2016)").map((t) => t.kind);
 * // ["component", "slash", "component", "slash", "component", "bracket"]
 * ```
 *
 * Hint: a linear scan with bounded patterns; no backtracking.
 */
export function tokenizeSymbol(input: string): SymbolToken[] {
  const tokens: SymbolToken[] = [];
  let at = 0;
  while (at < input.length) {
    const char = input.charAt(at);
    if (char === "/") {
      tokens.push({ kind: "slash", start: at });
      at += 1;
    } else if (char === "*") {
      tokens.push({ kind: "star", start: at });
      at += 1;
    } else if (char === "-" && joinsSymbols(input, at)) {
      tokens.push({ kind: "joint", start: at });
      at += 1;
    } else if (COMPONENT_CHAR.test(char)) {
      const start = at;
      while (at < input.length && COMPONENT_CHAR.test(input.charAt(at))) {
        if (input.charAt(at) === "-" && joinsSymbols(input, at)) break;
        at += 1;
      }
      tokens.push({ kind: "component", text: input.slice(start, at), start });
    } else if (char === "(" || (char === " " && input.charAt(at + 1) === "(")) {
      const open = char === "(" ? at : at + 1;
      const inside = sticky(BRACKET_INSIDE, input, open + 1);
      if (inside === undefined)
        throw new SymbolParseError("bad-bracket", "expected a bracketed session, year or part", input, open);
      tokens.push({ kind: "bracket", text: inside, start: at });
      at = open + 1 + inside.length + 1;
    } else if (char === " " && sticky(LETTER_SUFFIX, input, at + 1) !== undefined) {
      const letter = sticky(LETTER_SUFFIX, input, at + 1) ?? "";
      tokens.push({ kind: "letter", text: letter, start: at });
      at += 1 + letter.length;
    } else {
      const found = char === " " ? "a space" : `"${char}"`;
      throw new SymbolParseError("unexpected-character", `expected a symbol component, found ${found}`, input, at);
    }
  }
  return tokens;
}

/** Whether the hyphen at `at` joins two symbols: a digit, ")" or "*" before it, a series and "/" after it. */
function joinsSymbols(input: string, at: number): boolean {
  return at > 0 && SYMBOL_END.test(input.charAt(at - 1)) && sticky(JOINT_SERIES, input, at) !== undefined;
}

function sticky(pattern: RegExp, input: string, at: number): string | undefined {
  pattern.lastIndex = at;
  const match = pattern.exec(input);
  pattern.lastIndex = 0;
  return match?.[0];
}
