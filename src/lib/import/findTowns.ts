import {
  COLLECTIVE_PLACE_WORDS,
  COUNTY_MARKERS,
  LEADING_WORDS,
  NAME_LENGTH,
  NOT_COUNTIES,
  NOT_ENDINGS,
  NOT_NAME_ENDS,
  NOT_NAMES,
  PEOPLE_TITLES,
  NUMBER_UNITS,
  NUMERALS,
  PLACE_SUFFIXES,
  PROVINCE_MARKERS,
  RESCUED_AFTER,
  TOWN_COUNT,
  TOWN_ENDINGS,
  TOWN_OFFICES,
} from '../../config/townWords.ts';
import { lastIndexOf } from './findInText.ts';
import { loadGazetteer, type Gazetteer, type GazetteerTown } from './gazetteer.ts';

/** A town of the site (content/towns): its file name and its name as the file writes it. */
export interface KnownTown {
  slug: string;
  name: string;
}

/** A township (镇/乡/街道) or a village or community within one (村/社区) named in a text. */
export interface PlaceMention {
  /** As written, ending included (池河镇, 沙溝鎮). */
  name: string;
  /** The name in Simplified: mentions of one place in either script share it. */
  key: string;
  kind: 'town' | 'village';
  /** Where the name starts and ends in the text. */
  index: number;
  end: number;
  /** The county and province written just before the name (石泉县池河镇), as written. */
  county?: string;
  province?: string;
  /** The gazetteer's code of the county, when the gazetteer tells it. */
  countyCode?: string;
  /** The slug of the known town it names. */
  known?: string;
  /** A town of the site or of the gazetteer (a village: always false). */
  recognised: boolean;
  /** A county or city the gazetteer knows is written right before the name (石泉县池河镇, 永康东城街道). */
  afterCounty: boolean;
}

/**
 * Every place name in `text`, in text order: names of the site's towns (`known`) in either script, and any other
 * name before 镇, 乡 or 街道 (towns) or 村, 社区 (villages). `toSimplified` converts a text to Simplified keeping its
 * length (the vocabulary in src/config/townWords.ts is Simplified). Words that are no names (乡镇, 全镇, 家乡…), a
 * county before the name (石泉县池河镇) and the words a name runs on from (深入保安镇) are read from that vocabulary.
 * Characters too many for one name are cut to a name the text writes alone elsewhere, else after the last word a
 * name runs on from, else to a name's usual length; villages are taken only when they have a name's length.
 * `regions` are the codes of the counties and cities the text names (regionsNamed), when the caller has them.
 */
export function findPlaces(
  text: string,
  toSimplified: (text: string) => string,
  known: readonly KnownTown[],
  gazetteer: Gazetteer = loadGazetteer(toSimplified),
  regions: ReadonlySet<string> = regionsNamed(toSimplified(text), gazetteer),
): PlaceMention[] {
  const simplified = toSimplified(text);
  const knownKeys = known.map((town) => ({ slug: town.slug, key: toSimplified(town.name) }));
  const found: Candidate[] = [];
  let boundary = 0;
  for (let i = 0; i < simplified.length; i++) {
    const start = Math.max(boundary, runStart(simplified, i));
    const knownTown = knownKeys.find((t) => t.key && simplified.startsWith(t.key, i));
    const ending = SUFFIXES.find(({ suffix }) => simplified.startsWith(suffix, i));
    const office = TOWN_OFFICES.find(({ written }) => simplified.startsWith(written, i));
    let candidate: Candidate | undefined;
    if (knownTown) {
      const end = i + knownTown.key.length;
      const { region } = readPrefix(simplified, text, start, i);
      candidate = {
        ...place(text, simplified, i, end, 'town'),
        ...region,
        known: knownTown.slug,
        recognised: true,
        afterCounty: false,
        doubt: 'none',
      };
    } else if (office) {
      // 十里办事处: only a township the gazetteer has is read from its office's name (驻京办事处 is none).
      candidate = inGazetteer(simplified, text, start, i, i + office.written.length, office.ending, gazetteer, regions);
    } else if (
      ending?.kind === 'town' &&
      endsInItsEnding(simplified, text, start, i, ending.suffix, gazetteer, regions)
    ) {
      continue;
    } else if (ending?.kind === 'town') {
      const end = i + ending.suffix.length;
      const here = endsHere(simplified, i, ending.suffix);
      const listed = here
        ? inGazetteer(simplified, text, start, i, end, simplified.slice(i, end), gazetteer, regions)
        : undefined;
      // 文化站联合镇妇联: a township named like a verb the town is the object of (联合镇) is one only after its county.
      const verbLike =
        listed && !listed.afterCounty && NOT_NAME_ENDS.includes(listed.key.slice(0, -ending.suffix.length));
      candidate =
        !here ||
        verbLike ||
        (listed &&
          !inCountyWritten(listed, simplified, start, gazetteer) &&
          collectiveAfterPhrase(simplified, start, i))
          ? undefined
          : (listed ??
            oneCharacterTown(simplified, text, start, i, end, gazetteer, regions) ??
            readName(simplified, text, start, i, end, 'town', gazetteer));
    } else if (
      ending &&
      endsHere(simplified, i, ending.suffix) &&
      !endsTownName(simplified, i + ending.suffix.length)
    ) {
      candidate = readName(simplified, text, start, i, i + ending.suffix.length, ending.kind, gazetteer);
    }
    if (!candidate) continue;
    found.push(candidate);
    boundary = candidate.end;
    i = candidate.end - 1;
  }
  const listed = listedTowns(simplified, text, knownKeys, gazetteer, regions).filter(
    (c) => !found.some((f) => c.index < f.end && f.index < c.end),
  );
  return settle(
    [...found, ...listed].sort((a, b) => a.index - b.index),
    simplified,
    text,
  );
}

/**
 * 新镇镇: the ending at `i` is the last character of a township's name when the same ending follows and the gazetteer
 * has the longer name; 益林镇镇政府 and 河北镇镇村 are a town and the town's government or villages, and so is 金湖镇镇长
 * though the gazetteer has a 湖镇镇 too: of two names, the one reaching further back takes the run.
 */
function endsInItsEnding(
  simplified: string,
  text: string,
  start: number,
  i: number,
  suffix: string,
  gazetteer: Gazetteer,
  regions: ReadonlySet<string>,
): boolean {
  const next = i + suffix.length;
  if (!simplified.startsWith(suffix, next)) return false;
  const longer = inGazetteer(simplified, text, start, next, next + suffix.length, suffix, gazetteer, regions);
  if (!longer) return false;
  const shorter = inGazetteer(simplified, text, start, i, next, suffix, gazetteer, regions);
  return !shorter || shorter.index >= longer.index;
}

/**
 * The codes of every county and city the text names in full (永康市, 金华市), for choosing among townships of one
 * name. A name without its marker counts only right before a township (regionBefore): alone, 城关 or 东城 is as
 * likely the township itself.
 */
function regionsNamed(simplified: string, gazetteer: Gazetteer): Set<string> {
  const codes = new Set<string>();
  for (let i = 0; i < simplified.length; i++) {
    for (let length = Math.min(gazetteer.longestRegion, simplified.length - i); length >= NAME_LENGTH.min; length--) {
      const key = simplified.slice(i, i + length);
      const regions = COUNTY_MARKERS.some((m) => key.endsWith(m)) ? gazetteer.regions(key) : [];
      if (!regions.length) continue;
      for (const r of regions) codes.add(r.code);
      i += length - 1;
      break;
    }
  }
  return codes;
}

/** 宜阳县三乡镇: a township of the county written right before it, whatever its name looks like. */
function inCountyWritten(town: PlaceMention, simplified: string, start: number, gazetteer: Gazetteer): boolean {
  const written = town.afterCounty ? regionBefore(simplified, start, town.index, gazetteer) : undefined;
  return written?.some((region) => region.code === town.countyCode) ?? false;
}

/**
 * 帮扶云南乡镇, 部分乡镇, 美丽村镇: the word for townships in general after a phrase, though the gazetteer has a township
 * of that ending (南乡镇, 分乡镇, 丽村镇); alone at the start of a run, the name is one (南乡镇开展…).
 */
function collectiveAfterPhrase(simplified: string, start: number, endingAt: number): boolean {
  const word = COLLECTIVE_PLACE_WORDS.find((w) => simplified.startsWith(w, endingAt - w.length + 1));
  // The name's one character before the word, and something before that in the run.
  return word !== undefined && endingAt - word.length > afterLeadingWords(simplified, start, endingAt, 1);
}

/**
 * The longest township of the gazetteer whose name ends at `endingAt` within the run (永康东城街道: 东城街道, not
 * 城街道), with the county the text writes before it or elsewhere; `ending` is the township's ending, which the text
 * writes from `endingAt` to `end` or in its office's form (十里办事处: 十里街道, named so).
 */
function inGazetteer(
  simplified: string,
  text: string,
  start: number,
  endingAt: number,
  end: number,
  ending: string,
  gazetteer: Gazetteer,
  regions: ReadonlySet<string>,
): Candidate | undefined {
  const longest = gazetteer.longestTown - ending.length;
  for (let index = Math.max(start, endingAt - longest); index <= endingAt - NAME_LENGTH.min; index++) {
    const key = simplified.slice(index, endingAt) + ending;
    const entries = gazetteer.towns(key);
    if (!entries.length) continue;
    const before = regionBefore(simplified, start, index, gazetteer);
    const named = before ? new Set(before.map((r) => r.code)) : regions;
    const inNamed = entries.some((t) => inRegions(t, named));
    if (isCount(key) && !inNamed) continue;
    // 蕉岭县新埔镇: a town of another county, one character off a town of the county written right before it, is that
    // town; a county named elsewhere may be a neighbour's (通往西乡县的小路 beside 喜河镇, one off 西乡县's 大河镇), and
    // a county's name that several cities share (市中区童家镇) says too little to rewrite a real town's name.
    const slip = before && !inNamed && named.size === 1 ? misspeltTown(key, named, gazetteer) : undefined;
    const entry = slip?.town ?? chooseEntry(entries, named);
    const { region } = readPrefix(simplified, text, start, index);
    const written = place(text, simplified, index, end, 'town');
    const writtenAs = slip
      ? slip.town.name
      : simplified.startsWith(ending, endingAt)
        ? undefined
        : text.slice(index, endingAt) + ending;
    return {
      ...written,
      ...(writtenAs ? { name: writtenAs, key: slip?.key ?? key } : {}),
      ...region,
      ...(entry ? inCounty(entry) : {}),
      recognised: true,
      afterCounty: before !== undefined,
      doubt: 'none',
    };
  }
  return undefined;
}

/**
 * A township whose name has one character before its ending (奈曼旗新镇), taken only on strong evidence: the text
 * names its county or city, and the name stands alone — at the start of a run, after a word a name runs on from (在新镇)
 * or after its county (奈曼旗新镇) — not as the end of a word (更新镇, 城镇).
 */
function oneCharacterTown(
  simplified: string,
  text: string,
  start: number,
  endingAt: number,
  end: number,
  gazetteer: Gazetteer,
  regions: ReadonlySet<string>,
): Candidate | undefined {
  const index = endingAt - 1;
  if (index < start) return undefined;
  const before = regionBefore(simplified, start, index, gazetteer);
  const standsAlone =
    index === start ||
    before !== undefined ||
    LEADING.some((w) => index - w.length >= start && simplified.startsWith(w, index - w.length));
  const named = before ? new Set(before.map((r) => r.code)) : regions;
  const entry = standsAlone
    ? chooseEntry(
        gazetteer.oneCharacterTowns(simplified.slice(index, end)).filter((t) => inRegions(t, named)),
        named,
      )
    : undefined;
  if (!entry) return undefined;
  return {
    ...place(text, simplified, index, end, 'town'),
    ...inCounty(entry),
    recognised: true,
    afterCounty: before !== undefined,
    doubt: 'none',
  };
}

/** The county and province of a gazetteer township, as the data writes them. */
function inCounty(entry: GazetteerTown) {
  return {
    county: entry.county.name,
    countyCode: entry.county.code,
    ...(entry.province ? { province: entry.province } : {}),
  };
}

/** Whether a name is numerals and a place word (三乡镇 = 三 + 乡镇, 两个街道), as a count of townships is written. */
function isCount(key: string): boolean {
  let at = 0;
  while (NUMERALS.includes(key[at]!)) at++;
  if (!at) return false;
  const measureWord = TOWN_COUNT.measureWords.find((w) => key.startsWith(w, at));
  return TOWN_COUNT.towns.includes(key.slice(at + (measureWord?.length ?? 0)));
}

/** The counties or cities the gazetteer knows whose name ends right at `at` (永康 before 东城街道), longest first. */
function regionBefore(simplified: string, start: number, at: number, gazetteer: Gazetteer) {
  for (let from = Math.max(start, at - gazetteer.longestRegion); from <= at - NAME_LENGTH.min; from++) {
    const regions = gazetteer.regions(simplified.slice(from, at));
    if (regions.length) return regions;
  }
  return undefined;
}

function inRegions(town: GazetteerTown, regions: ReadonlySet<string>): boolean {
  return regions.has(town.county.code) || (town.city !== undefined && regions.has(town.city.code));
}

/** The township of that name in a county or city of `regions`, else the only one; undefined when in doubt. */
function chooseEntry(entries: readonly GazetteerTown[], regions: ReadonlySet<string>): GazetteerTown | undefined {
  const named = entries.filter((t) => inRegions(t, regions));
  const pool = named.length ? named : entries;
  return pool.length === 1 ? pool[0] : undefined;
}

/** 北港、土库、崙背等乡镇: the names listed before a collective 等乡镇/镇/乡/街道, written without their ending. */
const LISTED_BEFORE = /[、](?:\p{Script=Han}{2,4})等?(?:乡镇|街道|镇|乡)/gu;

/**
 * Towns named in a list that ends with a collective word (在城关、河口、黄龙等乡镇): each item is a town, written
 * without its ending. The first item is cut after a word a name runs on from (包括北港 → 北港), else to the length
 * the other items have. An item the gazetteer knows with an ending gets it (北港 → 北港鎮, 崙背 → 崙背鄉) and the
 * key of that name, so that it is one town with the same name written in full elsewhere.
 */
function listedTowns(
  simplified: string,
  text: string,
  known: readonly { slug: string; key: string }[],
  gazetteer: Gazetteer,
  regions: ReadonlySet<string>,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of simplified.matchAll(LISTED_BEFORE)) {
    const collective = /等?(乡镇|街道|镇|乡)$/u.exec(m[0])!;
    const end = m.index + m[0].length - collective[0].length;
    // The endings the collective word allows: 等乡镇 either, 等街道 only 街道.
    const endings = TOWN_ENDINGS.filter((e) => collective[1]!.includes(e));
    let from = m.index;
    while (from > 0 && /[\p{Script=Han}、]/u.test(simplified[from - 1]!)) from--;
    const items: { index: number; end: number }[] = [];
    let at = from;
    const parts = simplified.slice(from, end).split('、');
    // 新村街道、玉泉营街道: items written with their own ending are full names, not names before a collective word.
    if (parts.some((part) => TOWN_ENDINGS.some((e) => part.endsWith(e)))) continue;
    for (const part of parts) {
      items.push({ index: at, end: at + part.length });
      at += part.length + 1;
    }
    const usual = items.at(-1)!.end - items.at(-1)!.index;
    const first = items[0]!;
    first.index = afterLeadingWords(simplified, first.index, first.end, NAME_LENGTH.min);
    if (first.end - first.index > NAME_LENGTH.max) first.index = first.end - usual;
    const named = items
      .map((item) => ({ ...item, key: simplified.slice(item.index, item.end) }))
      .filter(({ key }) => key.length >= NAME_LENGTH.min && key.length <= NAME_LENGTH.max && !NOT_NAMES.includes(key));
    const entriesOf = (key: string) => endings.flatMap((ending) => gazetteer.towns(key + ending));
    const knownOf = (key: string) => known.find((t) => PLACE_SUFFIXES.some((p) => t.key === key + p.suffix));
    // 县府社会处、苑里镇长: without 等, a single ending after the last item may be its own (苑里镇), not a word for all
    // the items; it is one only when an earlier item is a township by that ending too.
    const bare = !collective[0].startsWith('等') && collective[1]!.length === 1;
    if (bare && !named.slice(0, -1).some(({ key }) => entriesOf(key).length > 0 || knownOf(key))) continue;
    // Towns listed together are neighbours: the county of an item only one county has settles the others' (北港).
    const listCounties = new Set(regions);
    for (const { key } of named) {
      const only = entriesOf(key);
      if (only.length === 1) listCounties.add(only[0]!.county.code);
    }
    for (const item of named) {
      const { key } = item;
      const knownTown = knownOf(key);
      const entries = entriesOf(key);
      const entry = chooseEntry(entries, listCounties);
      const ending = entry && endings.find((e) => gazetteer.towns(key + e).includes(entry));
      const written = place(text, simplified, item.index, item.end, 'town');
      out.push({
        ...written,
        ...(entry
          ? {
              name: written.name + entry.name.slice(key.length),
              key: key + ending,
              ...inCounty(entry),
            }
          : {}),
        ...(knownTown ? { known: knownTown.slug } : {}),
        recognised: knownTown !== undefined || entries.length > 0,
        afterCounty: false,
        doubt: 'none',
      });
    }
  }
  return out;
}

interface Candidate extends PlaceMention {
  /** `none`: a name of the usual length; `long`: one character more; `run`: too many characters for one name. */
  doubt: 'none' | 'long' | 'run';
}

const HAN = /\p{Script=Han}/u;
const DIGIT = /[0-9０-９]/u;
// A person's title before a name is no part of it (县委书记青山镇 → 青山镇).
const LEADING = [...LEADING_WORDS, ...PEOPLE_TITLES].sort((a, b) => b.length - a.length);
const SUFFIXES = [...PLACE_SUFFIXES].sort((a, b) => b.suffix.length - a.suffix.length);
/** How far back a run is read: a province, a county and a name. */
const LONGEST_RUN = 16;
/** The most characters a county's or province's name has, its marker included (巴里坤哈萨克自治县 is longer: left out). */
const REGION_LENGTH = 7;

/** Whether the ending at `i` ends a name: not the start of another word (乡村, 镇定) unless a name word follows (乡村民). */
function endsHere(simplified: string, i: number, suffix: string): boolean {
  if (!NOT_ENDINGS.some((w) => simplified.startsWith(w, i))) return true;
  return RESCUED_AFTER.some((w) => simplified.startsWith(w, i + suffix.length));
}

/**
 * Whether a township's ending follows at `i`, not as the start of another word: a village ending before it is part
 * of the town's name (新村街道), unlike 金星村镇村干部.
 */
function endsTownName(simplified: string, i: number): boolean {
  return TOWN_ENDINGS.some((e) => simplified.startsWith(e, i)) && !NOT_ENDINGS.some((w) => simplified.startsWith(w, i));
}

/** Where the run of Han characters before `i` starts. */
function runStart(simplified: string, i: number): number {
  let start = i;
  while (start > 0 && i - start < LONGEST_RUN && HAN.test(simplified[start - 1]!)) start--;
  // 1月28日池河镇, 5个集镇: the unit of a number in digits is not the start of a name.
  const unit =
    start > 0 && DIGIT.test(simplified[start - 1]!) && NUMBER_UNITS.find((u) => simplified.startsWith(u, start));
  return unit && start + unit.length <= i ? start + unit.length : start;
}

function place(text: string, simplified: string, index: number, end: number, kind: PlaceMention['kind']) {
  return { name: text.slice(index, end), key: simplified.slice(index, end), index, end, kind };
}

/**
 * The province and county written before a name, and where the name starts: after the last county marker that
 * leaves a name of two characters or more (泸州市胡市镇: 胡市, not 胡 + 市).
 */
function readPrefix(
  simplified: string,
  text: string,
  start: number,
  nameEnd: number,
): { nameStart: number; region: { county?: string; province?: string } } {
  let countyEnd: number | undefined;
  for (let j = nameEnd - NAME_LENGTH.min; j > start && countyEnd === undefined; j--) {
    if (COUNTY_MARKERS.some((m) => j - m.length >= start && simplified.startsWith(m, j - m.length))) countyEnd = j;
  }
  if (countyEnd === undefined) return { nameStart: start, region: {} };
  // 江苏省泰州市海陵区苏陈镇: the county is what follows the marker before it (the city is not kept), the province
  // what ends in a province marker before that.
  const countyStart = lastMarkerEnd(simplified, start, countyEnd - 1, [...COUNTY_MARKERS, ...PROVINCE_MARKERS]);
  const provinceEnd = lastMarkerEnd(simplified, start, countyStart, PROVINCE_MARKERS);
  const provinceStart = lastMarkerEnd(simplified, start, provinceEnd - 1, COUNTY_MARKERS);
  const shown = (from: number, to: number, notNames: readonly string[]) => {
    const at = from === start ? afterLeadingWords(simplified, from, to, 1) : from;
    const name = simplified.slice(at, to);
    const fits = name.length >= NAME_LENGTH.min && name.length <= REGION_LENGTH;
    return fits && !notNames.some((w) => name.endsWith(w)) ? text.slice(at, to) : undefined;
  };
  const county = shown(countyStart, countyEnd, NOT_COUNTIES);
  const province = provinceEnd > start ? shown(provinceStart, provinceEnd, NOT_COUNTIES) : undefined;
  const region = county ? { county, ...(province ? { province } : {}) } : {};
  return { nameStart: countyEnd, region };
}

/** Where the last of `markers` that ends before `before` ends, or `start`. */
function lastMarkerEnd(simplified: string, start: number, before: number, markers: readonly string[]): number {
  for (let j = before; j > start; j--) {
    if (markers.some((m) => j - m.length >= start && simplified.startsWith(m, j - m.length))) return j;
  }
  return start;
}

/** `start` moved past the words a name runs on from (在, 深入, 近日…) while `keep` characters or more are left. */
function afterLeadingWords(simplified: string, start: number, end: number, keep: number): number {
  let at = start;
  for (;;) {
    const word = LEADING.find((w) => simplified.startsWith(w, at) && end - at - w.length >= keep);
    if (!word) return at;
    at += word.length;
  }
}

function readName(
  simplified: string,
  text: string,
  start: number,
  endingAt: number,
  end: number,
  kind: PlaceMention['kind'],
  gazetteer: Gazetteer,
): Candidate | undefined {
  const prefix = readPrefix(simplified, text, start, endingAt);
  const before = simplified.slice(prefix.nameStart, endingAt);
  if (NOT_NAME_ENDS.some((w) => before.endsWith(w))) return undefined;
  // 城镇 alone or after a phrase (推进城镇, 布在集镇, 洛江区海丝小镇公益协会, 连江县侨团支援家乡) is no name, after a
  // county too; after one character it is (新城镇, 李家乡), but not after a numeral (三下乡, the drive; 30余名镇干部).
  const shortest = afterLeadingWords(simplified, prefix.nameStart, endingAt, 1);
  const generic = NOT_NAMES.find((w) => simplified.endsWith(w, end));
  if (generic && (end - generic.length - shortest !== 1 || `${NUMERALS}余多`.includes(simplified[shortest]!)))
    return undefined;
  const nameStart = afterLeadingWords(simplified, prefix.nameStart, endingAt, NAME_LENGTH.min);
  const length = endingAt - nameStart;
  if (length < NAME_LENGTH.min) return undefined;
  // A title left inside the name (立法委員邱鎮軍, 书记镇长: too little after it for a name) makes it a person's.
  if (PEOPLE_TITLES.some((title) => simplified.slice(nameStart, endingAt).includes(title))) return undefined;
  const doubt = length <= NAME_LENGTH.usual ? 'none' : length <= NAME_LENGTH.max ? 'long' : 'run';
  // A village in a run (组织全体党员进金星村) is left: villages are only reported, a wrong one is noise.
  if (kind === 'village' && doubt === 'run') return undefined;
  return {
    ...place(text, simplified, nameStart, end, kind),
    ...prefix.region,
    recognised: false,
    afterCounty: kind === 'town' && regionBefore(simplified, start, nameStart, gazetteer) !== undefined,
    doubt,
  };
}

/**
 * Names longer than usual cut to size: one that ends with a name the text writes without doubt elsewhere is that
 * name (中江集凤镇 → 集凤镇), else it is cut after the last word a name runs on from (又在青山乡 → 青山乡); a run too
 * long for one name is otherwise cut to a name's usual length (民权王庄寨镇 → 王庄寨镇).
 */
function settle(found: readonly Candidate[], simplified: string, text: string): PlaceMention[] {
  const sure = found.filter((c) => c.doubt === 'none');
  return found.map(({ doubt, ...mention }): PlaceMention => {
    if (doubt === 'none') return mention;
    const confirmed = sure
      .filter((c) => c.kind === mention.kind && c.key.length < mention.key.length && mention.key.endsWith(c.key))
      .sort((a, b) => b.key.length - a.key.length)[0];
    const suffix = PLACE_SUFFIXES.find((s) => mention.key.endsWith(s.suffix))!.suffix;
    const endingAt = mention.end - suffix.length;
    const cut = confirmed
      ? mention.end - confirmed.key.length
      : lastLeadingWordEnd(simplified, mention.index, endingAt);
    const index = cut ?? (doubt === 'run' ? endingAt - NAME_LENGTH.usual : mention.index);
    return {
      ...mention,
      ...place(text, simplified, index, mention.end, mention.kind),
      recognised: mention.recognised || confirmed?.recognised === true,
    };
  });
}

/** Where the last word a name runs on from ends in a run, if a name's length is left after it. */
function lastLeadingWordEnd(simplified: string, start: number, endingAt: number): number | undefined {
  for (let at = endingAt - NAME_LENGTH.min; at >= endingAt - NAME_LENGTH.max && at > start; at--) {
    if (LEADING.some((w) => simplified.startsWith(w, at - w.length) && at - w.length >= start)) return at;
  }
  return undefined;
}

/** A township the article names, all its mentions together. */
export interface FoundTown {
  /** As first written in the article. */
  name: string;
  key: string;
  mentions: number;
  inHeadline: boolean;
  county?: string;
  province?: string;
  known?: string;
  /** A town of the site or of the gazetteer. */
  recognised: boolean;
  /** Some mention follows a county or city the gazetteer knows. */
  afterCounty: boolean;
  countyCode?: string;
}

/**
 * The township of a county the article names that a name is written for, with two characters swapped or one wrong
 * (柳铺泉镇 for 柳泉铺镇): a misspelt town is still that town.
 */
function misspeltTown(key: string, counties: ReadonlySet<string>, gazetteer: Gazetteer) {
  const sorted = [...key].sort().join('');
  for (const code of counties) {
    const town = gazetteer.townsIn(code).find(({ key: other }) => {
      if (other.length !== key.length) return false;
      const differing = [...key].filter((c, i) => c !== other[i]).length;
      return differing <= 1 || [...other].sort().join('') === sorted;
    });
    if (town) return town;
  }
  return undefined;
}

export interface ArticleTowns {
  /** In the order the article first names them (headline first). */
  towns: FoundTown[];
  /** The key of the article's town: the one the headline names (the most mentioned of those), else the most mentioned. */
  main?: string;
  /** Villages and communities named, and towns named only as context (places, not towns of the article). */
  places: string[];
  /**
   * Names ending like a township that neither the site nor the gazetteer knows and that nothing else in the text
   * supports (口实行乡, 遵循乡: a clause ending in 乡): listed for a person, never taken as towns.
   */
  notRecognised: string[];
  /** For each figure, the key of the town it belongs to (undefined: the main town, or none named). */
  figureTowns: (string | undefined)[];
}

/** Where a figure stands: its paragraph's input line and its clause, verbatim (DraftFigure's `line` and `quote`). */
export interface FigurePlace {
  line: number;
  quote: string;
}

const SENTENCE_END = /[。！？!?]/u;

/** What joins the names of a list of towns (a comma more often ends a clause). */
const TOWN_LIST = /[、和与及]/u;

/** What may stand before and after a section's label (南夏墅街道：…, 二、红星乡：…): a number, then a colon. */
const LABEL_BEFORE = /^(?:[（(]?[一二三四五六七八九十0-9０-９]+[)）、.．]\s*)?$/u;
const LABEL_AFTER = /^\s*[：:]/u;

/** Whether a name stands as the label of its block, as a roundup heads each town's part: a strong sign of a town. */
function isLabel(text: string, mention: PlaceMention): boolean {
  return LABEL_BEFORE.test(text.slice(0, mention.index)) && LABEL_AFTER.test(text.slice(mention.end));
}

/**
 * The towns of an article and the town of each figure: the nearest town named before it in its sentence, else in
 * its paragraph, else in the heading of its section, else the article's town; a town named in a list of towns is
 * no figure's.
 */
export function articleTowns(
  headline: string | undefined,
  blocks: readonly { kind: 'heading' | 'paragraph'; text: string; line: number }[],
  figures: readonly FigurePlace[],
  toSimplified: (text: string) => string,
  known: readonly KnownTown[],
  gazetteer: Gazetteer = loadGazetteer(toSimplified),
): ArticleTowns {
  // One text, so that a name written alone anywhere settles a doubtful one elsewhere (中江集凤镇 in the headline).
  const texts = [headline ?? '', ...blocks.map((b) => b.text)];
  const starts = texts.map((_, i) => texts.slice(0, i).join('\n').length + (i ? 1 : 0));
  const whole = texts.join('\n');
  const named = regionsNamed(toSimplified(whole), gazetteer);
  const all = findPlaces(whole, toSimplified, known, gazetteer, named);
  const [inHeadline, ...inBlocks] = texts.map((text, i) =>
    all
      .filter((m) => m.index >= starts[i]! && m.end <= starts[i]! + text.length)
      .map((m) => ({ ...m, index: m.index - starts[i]!, end: m.end - starts[i]! })),
  ) as [PlaceMention[], ...PlaceMention[][]];
  const towns = new Map<string, FoundTown>();
  const places = new Set<string>();
  for (const [i, mention] of [...inHeadline, ...inBlocks.flat()].entries()) {
    if (mention.kind === 'village') {
      places.add(mention.name);
      continue;
    }
    const town = towns.get(mention.key) ?? {
      name: mention.name,
      key: mention.key,
      mentions: 0,
      inHeadline: false,
      recognised: false,
      afterCounty: false,
    };
    town.mentions++;
    town.inHeadline ||= i < inHeadline.length;
    town.recognised ||= mention.recognised;
    town.afterCounty ||= mention.afterCounty;
    // The gazetteer's county over one only written before a mention.
    if (mention.countyCode && !town.countyCode) {
      town.countyCode = mention.countyCode;
      town.county = mention.county;
      town.province = mention.province;
    }
    town.county ??= mention.county;
    town.province ??= mention.province;
    town.known ??= mention.known;
    towns.set(mention.key, town);
  }
  const counties = new Set(named);
  for (const town of towns.values()) if (town.countyCode) counties.add(town.countyCode);
  const labels = new Set(
    [inHeadline, ...inBlocks].flatMap((mentions, i) => mentions.filter((m) => isLabel(texts[i]!, m)).map((m) => m.key)),
  );
  const supported = (town: FoundTown) =>
    town.recognised ||
    town.mentions > 1 ||
    town.afterCounty ||
    labels.has(town.key) ||
    misspeltTown(town.key, counties, gazetteer) !== undefined;
  // A town named only in sentences where none of the article's figures stands (三门口大桥连接着南田岛和石浦镇, 与松滋市
  // 刘家场镇交界处 beside the figures' town) is context: listed as a place, not proposed as a town of the article.
  const withFigure = figures.flatMap(({ line, quote }) => {
    const at = blocks.findIndex((b) => b.line === line && b.text.includes(quote));
    return at < 0 ? [] : [{ at, position: blocks[at]!.text.indexOf(quote) }];
  });
  const standsWithFigure = (at: number, mention: PlaceMention) => {
    const text = blocks[at]!.text;
    const start = lastIndexOf(text, SENTENCE_END, mention.index) + 1;
    const end = text.slice(mention.end).search(SENTENCE_END);
    const sentence = text.slice(start, end < 0 ? undefined : mention.end + end);
    // Any number but a date counts: the figures found may miss the one a town stands with (荷城街道：31个村居…).
    return (
      /[0-9０-９](?![0-9０-９]*[年月日号时])/u.test(sentence) ||
      withFigure.some((f) => f.at === at && f.position >= start && (end < 0 || f.position <= mention.end + end))
    );
  };
  const holdsFigure = new Set(
    inBlocks.flatMap((mentions, at) => mentions.filter((m) => standsWithFigure(at, m)).map((m) => m.key)),
  );
  const figuresTowns = [...towns.values()].filter((t) => supported(t) && holdsFigure.has(t.key));
  const isContext = (town: FoundTown) =>
    withFigure.length > 0 &&
    figuresTowns.length > 0 &&
    !town.inHeadline &&
    !labels.has(town.key) &&
    !holdsFigure.has(town.key);
  const list = [...towns.values()].filter((t) => supported(t) && !isContext(t));
  for (const town of towns.values()) if (supported(town) && isContext(town)) places.add(town.name);
  const notRecognised = [...towns.values()].filter((t) => !supported(t)).map((t) => t.name);
  const headlined = list.filter((t) => t.inHeadline);
  const main = (headlined.length ? headlined : list).reduce<FoundTown | undefined>(
    (best, town) => (best && best.mentions >= town.mentions ? best : town),
    undefined,
  )?.key;

  const accepted = new Set(list.map((t) => t.key));
  const townsOf = (i: number) => inBlocks[i]!.filter((m) => m.kind === 'town' && accepted.has(m.key));
  const figureTowns = figures.map(({ line, quote }) => {
    // One input line can make several paragraphs (一是…二是…): the figure's is the one holding its clause.
    const at = blocks.findIndex((b) => b.kind === 'paragraph' && b.line === line && b.text.includes(quote));
    if (at < 0) return undefined;
    const text = blocks[at]!.text;
    const clause = text.indexOf(quote);
    const digit = quote.search(/[0-9０-９]/u);
    const position = clause + (digit < 0 ? quote.length : digit);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, position) + 1;
    const named = townsOf(at);
    // A town in a list of towns (常平镇、谢岗镇、桥头镇的16个企业…共计80万元) is not the figure's: it tells all of
    // theirs together, so it falls to the article's town.
    const inList = (m: PlaceMention) =>
      named.some(
        (n) =>
          (n.end === m.index - 1 && TOWN_LIST.test(text[n.end]!)) ||
          (n.index === m.end + 1 && TOWN_LIST.test(text[m.end]!)),
      );
    const before = named.filter((m) => m.index < position && !inList(m));
    const heading = blocks.slice(0, at).findLastIndex((b) => b.kind === 'heading');
    return (
      before.findLast((m) => m.index >= sentenceStart)?.key ??
      before.at(-1)?.key ??
      (heading >= 0 ? townsOf(heading).at(-1)?.key : undefined)
    );
  });
  return { towns: list, ...(main ? { main } : {}), places: [...places], notRecognised, figureTowns };
}
