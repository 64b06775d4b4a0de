import { describe, expect, it } from "vitest";
import { parseSymbol, SymbolParseError, undocsUrl } from "../../src/symbols/index.js";

// Expected addresses are the links the UN's own XML carries for these symbols (corpus akn/ga,
// akn/sc: <a href="https://docs.un.org/en/…">), e.g. ga/A-RES-76-152.xml links "2200 A (XXI)" to
// https://docs.un.org/en/A/RES/2200(XXI) and "72/266 B" to https://docs.un.org/en/A/RES/72/266B.
describe("undocsUrl", () => {
  it.each([
    ["A/RES/65/190", "https://docs.un.org/en/A/RES/65/190"],
    ["S/RES/2334 (2016)", "https://docs.un.org/en/S/RES/2334(2016)"],
    ["A/RES/2200 A (XXI)", "https://docs.un.org/en/A/RES/2200(XXI)"],
    ["A/RES/72/266 B", "https://docs.un.org/en/A/RES/72/266B"],
    ["A/73/12 (Part II)", "https://docs.un.org/en/A/73/12(PartII)"],
    ["NPT/CONF.1995/32 (Part I)/Corr.2", "https://docs.un.org/en/NPT/CONF.1995/32(PartI)/Corr.2"],
    ["S/2002/494*", "https://docs.un.org/en/S/2002/494"],
  ])("%s → %s", (symbol, url) => {
    expect(undocsUrl(symbol)).toBe(url);
    expect(undocsUrl(parseSymbol(symbol))).toBe(url);
  });

  it("links the other official languages", () => {
    expect(undocsUrl("A/65/209", "fr")).toBe("https://docs.un.org/fr/A/65/209");
    expect(undocsUrl("A/65/209", "zh")).toBe("https://docs.un.org/zh/A/65/209");
  });

  it("refuses a bare resolution number, whose series is not certain", () => {
    expect(() => undocsUrl("65/190")).toThrow(SymbolParseError);
    try {
      undocsUrl("65/190");
    } catch (error) {
      expect((error as SymbolParseError).code).toBe("missing-series");
    }
  });
});
