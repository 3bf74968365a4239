// The 249 officially assigned ISO 3166-1 alpha-2 codes, as one string: smaller in the bundle than an
// array literal, and split once on first use.
const ISO_3166_1_ALPHA_2 =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG " +
  "UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/**
 * Codes that people commonly write instead of the ISO code, mapped to the ISO code.
 *
 * @remarks `UK` is exceptionally reserved in ISO 3166-1 for the United Kingdom, whose code is `GB`.
 * @category Model
 */
export const REGION_ALIASES: Readonly<Record<string, string>> = { UK: "GB" };

let codes: ReadonlySet<string> | undefined;

/**
 * All officially assigned ISO 3166-1 alpha-2 codes, upper case.
 *
 * @returns The codes, as a set shared between calls.
 * @example
 * ```ts
 * import { regionCodes } from "ai-data-policy";
 * regionCodes().size; //=> 249
 * ```
 * @category Model
 */
export function regionCodes(): ReadonlySet<string> {
  codes ??= new Set(ISO_3166_1_ALPHA_2.split(" "));
  return codes;
}

/**
 * Turns a user-written country code into its ISO 3166-1 alpha-2 form, or `undefined` if it is not one.
 *
 * @remarks Case-insensitive; accepts the aliases in {@link REGION_ALIASES} (`UK` → `GB`).
 * @param input - A code such as `"de"`, `"UK"` or `"GB"`.
 * @returns The upper-case ISO code, or `undefined`.
 * @example
 * ```ts
 * import { normalizeRegionCode } from "ai-data-policy";
 * normalizeRegionCode("uk"); //=> "GB"
 * normalizeRegionCode("ch"); //=> "CH"
 * normalizeRegionCode("EU"); //=> undefined (a group, not a country)
 * ```
 * @category Model
 */
export function normalizeRegionCode(input: string): string | undefined {
  // Letters A to Z only: toUpperCase() would also turn the Turkish dotless ı into I, and ſ into S.
  if (input.length !== 2 || !/^[A-Za-z]{2}$/.test(input)) return undefined;
  const upper = input.toUpperCase();
  const code = REGION_ALIASES[upper] ?? upper;
  return regionCodes().has(code) ? code : undefined;
}
