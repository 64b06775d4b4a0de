/**
 * A treaty known to the registry: its registration in the United Nations Treaty Series and its
 * canonical title as the UN writes it.
 *
 * @example
 * ```ts
 * const crc: TreatyRecord = {
 *   volume: 1577,
 *   number: 27531,
 *   title: "Convention on the Rights of the Child",
 * };
 * ```
 */
export interface TreatyRecord {
  /** Volume of the United Nations Treaty Series where the treaty is registered. */
  readonly volume: number;
  /** Registration number; protocols share the number of the treaty they supplement. */
  readonly number: number;
  /** Canonical title. */
  readonly title: string;
}

const record = (volume: number, number: number, title: string): TreatyRecord =>
  Object.freeze({ volume, number, title });

/**
 * The treaties the registry knows. Each (volume, number) pair was checked against the
 * "Treaty Series, vol. X, No. Y" footnotes of the corpus (akn/ga, akn/sc) where the corpus
 * cites it, and otherwise against the treaty's own UNTS registration.
 *
 * Hint: the International Covenant on Civil and Political Rights and its first Optional
 * Protocol are both registered in volume 999 under No. 14668, so (999, 14668) names two
 * treaties: {@link treatyByUnts} returns `undefined` for it and {@link treatiesByUnts} both.
 *
 * @example
 * ```ts
 * import { TREATIES } from "un-resolutions";
 *
 * const crc = TREATIES.find((t) => t.volume === 1577 && t.number === 27531);
 * console.log(crc?.title); // "Convention on the Rights of the Child"
 * ```
 */
export const TREATIES: readonly TreatyRecord[] = Object.freeze([
  record(999, 14668, "International Covenant on Civil and Political Rights"),
  record(999, 14668, "Optional Protocol to the International Covenant on Civil and Political Rights"),
  record(
    1642,
    14668,
    "Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty",
  ),
  record(993, 14531, "International Covenant on Economic, Social and Cultural Rights"),
  record(2922, 14531, "Optional Protocol to the International Covenant on Economic, Social and Cultural Rights"),
  record(660, 9464, "International Convention on the Elimination of All Forms of Racial Discrimination"),
  record(1249, 20378, "Convention on the Elimination of All Forms of Discrimination against Women"),
  record(
    2131,
    20378,
    "Optional Protocol to the Convention on the Elimination of All Forms of Discrimination against Women",
  ),
  record(1465, 24841, "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
  record(
    2375,
    24841,
    "Optional Protocol to the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
  ),
  record(1577, 27531, "Convention on the Rights of the Child"),
  record(
    2171,
    27531,
    "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography",
  ),
  record(
    2173,
    27531,
    "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict",
  ),
  record(2983, 27531, "Optional Protocol to the Convention on the Rights of the Child on a communications procedure"),
  record(2515, 44910, "Convention on the Rights of Persons with Disabilities"),
  record(2518, 44910, "Optional Protocol to the Convention on the Rights of Persons with Disabilities"),
  record(
    2220,
    39481,
    "International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families",
  ),
  record(2716, 48088, "International Convention for the Protection of All Persons from Enforced Disappearance"),
  record(2225, 39574, "United Nations Convention against Transnational Organized Crime"),
  record(
    2237,
    39574,
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
  ),
  record(
    2241,
    39574,
    "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime",
  ),
  record(
    2326,
    39574,
    "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime",
  ),
  record(2349, 42146, "United Nations Convention against Corruption"),
  record(2187, 38544, "Rome Statute of the International Criminal Court"),
  record(
    96,
    1342,
    "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others",
  ),
  record(189, 2545, "Convention relating to the Status of Refugees"),
  record(606, 8791, "Protocol relating to the Status of Refugees"),
  record(360, 5158, "Convention relating to the Status of Stateless Persons"),
  record(989, 14458, "Convention on the Reduction of Statelessness"),
  record(1833, 31363, "United Nations Convention on the Law of the Sea"),
  record(1771, 30822, "United Nations Framework Convention on Climate Change"),
  record(1760, 30619, "Convention on Biological Diversity"),
  record(729, 10485, "Treaty on the Non-Proliferation of Nuclear Weapons"),
]);

/**
 * Every treaty the registry knows under one UNTS volume and registration number.
 *
 * @param volume - Volume of the United Nations Treaty Series.
 * @param number - Registration number.
 * @returns The matching records (usually one; two for volume 999, No. 14668; none when unknown).
 *
 * @example
 * ```ts
 * treatiesByUnts(999, 14668).map((t) => t.title);
 * // ["International Covenant on Civil and Political Rights",
 * //  "Optional Protocol to the International Covenant on Civil and Political Rights"]
 * ```
 */
export function treatiesByUnts(volume: number, number: number): TreatyRecord[] {
  return [...(BY_UNTS.get(untsKey(volume, number)) ?? [])];
}

/** The key of a volume and number in {@link BY_UNTS}: "2237/39574". */
function untsKey(volume: number, number: number): string {
  return `${volume}/${number}`;
}

/** The registry's treaties by volume and number, in registry order: one lookup instead of a scan. */
const BY_UNTS: ReadonlyMap<string, readonly TreatyRecord[]> = /* @__PURE__ */ groupByUnts(TREATIES);

function groupByUnts(treaties: readonly TreatyRecord[]): Map<string, TreatyRecord[]> {
  const index = new Map<string, TreatyRecord[]>();
  for (const t of treaties) {
    const key = untsKey(t.volume, t.number);
    const list = index.get(key);
    if (list) list.push(t);
    else index.set(key, [t]);
  }
  return index;
}

/**
 * The one treaty registered in the United Nations Treaty Series under a volume and a number.
 * The key is the pair: a protocol shares its convention's registration number but not its volume.
 *
 * @param volume - Volume of the United Nations Treaty Series ("vol. 2237").
 * @param number - Registration number ("No. 39574").
 * @returns The treaty's record, or `undefined` when the registry does not know it or the pair
 * names more than one treaty.
 *
 * @example
 * ```ts
 * treatyByUnts(2237, 39574)?.title;
 * // "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and
 * //  Children, supplementing the United Nations Convention against Transnational Organized Crime"
 * ```
 *
 * Hint: cautious by design. An unknown or ambiguous pair gives `undefined`, never a guess.
 */
export function treatyByUnts(volume: number, number: number): TreatyRecord | undefined {
  // Read from the index itself: the copy that treatiesByUnts hands out is not needed to look.
  const found = BY_UNTS.get(untsKey(volume, number));
  return found?.length === 1 ? found[0] : undefined;
}
