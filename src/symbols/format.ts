import type { DocumentSymbol, SymbolModifier } from "../schemas/symbol.js";

/**
 * Writes a document symbol the canonical way: components joined by "/", one space before a
 * letter suffix or a bracket ("A/RES/75/242 B", "S/RES/2334 (2016)", "A/65/456/Add.2 (Part II)").
 *
 * @param symbol - The symbol's parts, as {@link parseSymbol} gives them.
 * @returns The symbol as text; `formatSymbol(parseSymbol(s)) === s` for every canonical `s`.
 *
 * @example
 * ```ts
 * import { formatSymbol, parseSymbol } from "un-resolutions";
 *
 * formatSymbol(parseSymbol("S/RES/2334(2016)")); // "S/RES/2334 (2016)"
 * ```
 */
export function formatSymbol(symbol: DocumentSymbol): string {
  const components = [
    ...(symbol.series === undefined ? [] : [symbol.series]),
    ...symbol.bodies,
    ...(symbol.category === undefined ? [] : [symbol.category]),
    ...(symbol.session === undefined ? [] : [symbol.session]),
    ...symbol.subseries,
    symbol.number,
  ];
  let text = components.join("/");
  if (symbol.letter !== undefined) text += ` ${symbol.letter}`;
  if (symbol.romanSession !== undefined) text += ` (${symbol.romanSession})`;
  else if (symbol.year !== undefined) text += ` (${String(symbol.year)})`;
  for (const modifier of symbol.modifiers) text += formatModifier(modifier);
  if (symbol.reissued === true) text += "*";
  return symbol.joint === undefined ? text : `${text}-${formatSymbol(symbol.joint)}`;
}

function formatModifier(modifier: SymbolModifier): string {
  if (modifier.kind === "Part" || modifier.kind === "Parts") return ` (${modifier.kind} ${modifier.value ?? ""})`;
  if (modifier.kind === "Vol" || modifier.kind === "Sect") return ` (${modifier.kind}. ${modifier.value ?? ""})`;
  if (modifier.kind === "Summary") return "/Summary";
  return `/${modifier.kind}.${modifier.value ?? ""}`;
}
