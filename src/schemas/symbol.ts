import { z } from "zod";

/**
 * One modifier at the end of a document symbol, in the order written: "/Add.2", "/Corr.1",
 * "/Rev.1", "/Amend.1", "/Summary", or a bracketed part, volume or section: " (Part II)",
 * " (Parts I and II)", " (Vol. I)", " (Sect. 29)".
 *
 * @example
 * ```ts
 * import { SymbolModifier } from "un-resolutions/schemas";
 *
 * const addendum: SymbolModifier = SymbolModifier.parse({ kind: "Add", value: "2" });
 * ```
 */
export const SymbolModifier = z
  .strictObject({
    kind: z.enum(["Add", "Corr", "Rev", "Amend", "Summary", "Part", "Parts", "Vol", "Sect"]).meta({
      description:
        'The modifier: addendum, corrigendum, revision, amendment, summary, or a bracketed part ("(Part II)", "(Parts I and II)"), volume ("(Vol. I)") or section ("(Sect. 29)").',
    }),
    value: z.string().min(1).optional().meta({
      description:
        'Its number as written: "2" for "Add.2", "II" for "(Part II)", "I and II" for "(Parts I and II)"; absent for "Summary".',
    }),
  })
  .meta({ id: "SymbolModifier", description: "A modifier at the end of a document symbol." });
/** A modifier of a document symbol; see the {@link SymbolModifier} schema. */
export type SymbolModifier = z.infer<typeof SymbolModifier>;

/**
 * A United Nations document symbol taken apart: "A/C.3/65/L.12/Rev.1" is the series "A", the
 * body "C.3" (Third Committee), session "65", number "L.12" and the modifier Rev.1. Resolution
 * numbers are symbols without a series: "65/190", "2200 A (XXI)", "ES-11/1", "1325 (2000)".
 *
 * @example
 * ```ts
 * import { DocumentSymbol } from "un-resolutions/schemas";
 *
 * const symbol: DocumentSymbol = DocumentSymbol.parse({
 *   type: "documentSymbol",
 *   series: "A",
 *   bodies: [],
 *   category: "RES",
 *   session: "65",
 *   subseries: [],
 *   number: "190",
 *   modifiers: [],
 * });
 * ```
 *
 * Hint: the components keep the order they have in the symbol (series, bodies, category,
 * session, subseries, number, modifiers), so formatting gives back the symbol as written.
 */
export const DocumentSymbol = z
  .strictObject({
    type: z.literal("documentSymbol").meta({ description: 'Always "documentSymbol".' }),
    series: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The parent series: "A", "S", "E", "ST", "CEDAW"; absent for a bare resolution number.' }),
    bodies: z
      .array(z.string().min(1))
      .meta({ description: 'Subsidiary bodies after the series, as written: ["C.3"], ["HRC"], ["CN.4", "Sub.2"].' }),
    category: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'A category before the session: "RES", "PRST", "DEC", "INF".' }),
    session: z.string().min(1).optional().meta({ description: 'The session or year: "65", "ES-11", "S-26", "2020".' }),
    subseries: z
      .array(z.string().min(1))
      .meta({ description: 'Components between the session and the number: ["RC"] in "A/CONF.192/2018/RC/3".' }),
    number: z
      .string()
      .min(1)
      .meta({ description: 'The document\'s own number, with its marker: "190", "L.12", "PV.71", "SR.5".' }),
    letter: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'A letter suffix of a resolution: "B" in "A/RES/75/242 B", "A-C".' }),
    romanSession: z
      .string()
      .min(1)
      .optional()
      .meta({ description: 'The session in brackets of an older resolution: "XXI" in "2200 A (XXI)", "S-VI".' }),
    year: z
      .int()
      .min(1945)
      .optional()
      .meta({ description: 'The year in brackets of a Security Council resolution: 2016 in "S/RES/2334 (2016)".' }),
    modifiers: z.array(SymbolModifier).meta({ description: "Addenda, corrigenda, revisions and parts, in order." }),
    reissued: z
      .boolean()
      .optional()
      .meta({ description: 'Whether the symbol ends with "*" (a document reissued for technical reasons).' }),
    // Annotated so that declaration files keep the recursive type instead of eliding it.
    get joint(): z.ZodOptional<typeof DocumentSymbol> {
      return DocumentSymbol.optional().meta({
        description: 'The same document\'s symbol in a second series: "S/2002/875" in "A/56/1026-S/2002/875".',
      });
    },
  })
  .meta({ id: "DocumentSymbol", description: "A United Nations document symbol taken apart." });
/** A parsed document symbol; see the {@link DocumentSymbol} schema. */
export type DocumentSymbol = z.infer<typeof DocumentSymbol>;
