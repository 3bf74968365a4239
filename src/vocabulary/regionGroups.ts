/**
 * A region group the library knows without any policy defining it.
 *
 * @category Model
 */
export interface BuiltInRegionGroup {
  readonly id: string;
  readonly label: string;
  readonly members: readonly {
    readonly member: string;
    readonly from?: string | { readonly earliest?: string; readonly latest?: string; readonly note?: string };
    readonly until?: string;
    readonly note?: string;
  }[];
  readonly sources: readonly {
    readonly url: string;
    readonly title: string;
    readonly publisher: string;
    readonly captured?: string;
    readonly quote: string;
  }[];
}

const EUROPA_COUNTRIES = {
  url: "https://europa.eu/european-union/about-eu/countries_en",
  title: "EU countries: year of entry",
  publisher: "European Union",
  quote: "The United Kingdom withdrew from the European Union on 31 January 2020.",
} as const;

function members(from: string, codes: string): { member: string; from: string }[] {
  return codes.split(" ").map((member) => ({ member, from }));
}

/**
 * The European Union and, before it, the European Communities, with each member's accession and exit.
 *
 * @remarks The UK left at the end of 31 January 2020, so its membership runs until (exclusive)
 * 2020-02-01. Greenland left the Communities on 1 February 1985. The outermost regions with their own
 * ISO codes are members; Mayotte since 1 January 2014, and the others at least since the Lisbon
 * Treaty (1 December 2009), recorded as an uncertain start because their earlier status varied.
 * @category Model
 */
export const EU: BuiltInRegionGroup = {
  id: "EU",
  label: "European Union",
  members: [
    ...members("1958-01-01", "BE DE FR IT LU NL"),
    ...members("1973-01-01", "DK IE"),
    { member: "GB", from: "1973-01-01", until: "2020-02-01", note: "Left the EU on 31 January 2020." },
    { member: "GL", from: "1973-01-01", until: "1985-02-01", note: "Part of Denmark; left the Communities in 1985." },
    ...members("1981-01-01", "GR"),
    ...members("1986-01-01", "ES PT"),
    ...members("1995-01-01", "AT FI SE AX"),
    ...members("2004-05-01", "CY CZ EE HU LV LT MT PL SK SI"),
    ...members("2007-01-01", "BG RO"),
    ...members("2013-07-01", "HR"),
    ...["GF", "GP", "MQ", "RE", "MF"].map((member) => ({
      member,
      from: { latest: "2009-12-01", note: "Outermost region under Articles 349 and 355(1) TFEU, in force 1 December 2009." },
    })),
    { member: "YT", from: "2014-01-01", note: "Outermost region from 1 January 2014 (European Council Decision 2012/419/EU)." },
  ],
  sources: [
    EUROPA_COUNTRIES,
    {
      url: "https://ec.europa.eu/regional_policy/activity/outermost/index_en.cfm",
      title: "Mayotte: the new outermost region from 1 January 2014",
      publisher: "European Commission",
      quote: "Union law will apply to Mayotte from 1 January 2014.",
    },
  ],
};

/**
 * The European Economic Area: the EU members and Iceland, Liechtenstein and Norway, with the days each
 * took part.
 *
 * @remarks EU members joined the EEA on their own dates (Bulgaria and Romania on 1 August 2007, Croatia
 * on 12 April 2014, provisionally). The UK's participation ended with the transition period, on
 * 31 December 2020.
 * @category Model
 */
export const EEA: BuiltInRegionGroup = {
  id: "EEA",
  label: "European Economic Area",
  members: [
    ...members("1994-01-01", "AT BE DE DK ES FI FR GR IE IS IT LU NL NO PT SE"),
    { member: "GB", from: "1994-01-01", until: "2021-01-01", note: "Left with the end of the Brexit transition period." },
    ...members("1995-05-01", "LI"),
    ...members("1995-01-01", "AX"),
    ...members("2004-05-01", "CY CZ EE HU LV LT MT PL SK SI"),
    ...members("2007-08-01", "BG RO"),
    ...members("2014-04-12", "HR"),
    ...["GF", "GP", "MQ", "RE", "MF"].map((member) => ({
      member,
      from: { latest: "2009-12-01", note: "Part of the EU as an outermost region." },
    })),
    { member: "YT", from: "2014-01-01", note: "Part of the EU as an outermost region." },
  ],
  sources: [
    {
      url: "https://www.efta.int/eea/enlargement-of-the-eea",
      title: "Enlargement of the EEA",
      publisher: "European Free Trade Association",
      quote:
        "On 1 January 2007, Bulgaria and Romania joined the EU and the corresponding EEA Enlargement Agreement extending the EEA to those countries was provisionally applicable as of 1 August 2007",
    },
    {
      url: "https://www.efta.int/eea/enlargement-of-the-eea",
      title: "Enlargement of the EEA",
      publisher: "European Free Trade Association",
      quote: "The EEA Enlargement Agreement is provisionally applicable as of 12 April 2014",
    },
    {
      url: "https://www.llv.li/en/national-administration/eea-coordination-unit/things-to-know/general-eea-information/eea-agreement",
      title: "EEA Agreement",
      publisher: "Liechtenstein National Administration",
      quote: "After two positive referenda on December 13, 1992, and April 9, 1995, respectively, it entered into force for Liechtenstein on May 1, 1995.",
    },
  ],
};

/**
 * The region groups every policy can refer to by id.
 *
 * @category Model
 */
export const BUILT_IN_REGION_GROUPS: readonly BuiltInRegionGroup[] = [EU, EEA];
