// Where an article's story happens, from how the news is framed rather than from which places it names: a dateline
// abroad (新华社华盛顿…电, 本报内比都…电) or 当地时间 in the lede make it foreign news; a Beijing dateline or a meeting 在京
// is the capital speaking for the country; 在江西考察 names the place a leader visits; a headline that lists several
// provinces (湖南、广东、重庆、甘肃扎实推进…) is a national round-up.
import { readWordList } from '../../word-lists.js';
import type { Place } from '../../types.js';
import { gazetteer } from './gazetteer.js';

let cities: Map<string, Place> | undefined;

/** Foreign dateline cities (src/data/foreign-cities.txt) → their country. */
function foreignCities(): Map<string, Place> {
  if (cities) return cities;
  cities = new Map();
  const gaz = gazetteer();
  for (const line of readWordList('foreign-cities.txt')) {
    const [country, ...names] = line.split('|') as [string, ...string[]];
    const place = gaz.lookup(country).find((p) => p.level === 'foreign') ?? { code: '', name: country, level: 'foreign' as const };
    for (const name of names) cities.set(name, place);
  }
  return cities;
}

/** The country of the first foreign dateline city a text names (当地时间27日下午…在巴黎会见). */
export function foreignCityIn(text: string): Place | undefined {
  let found: { at: number; place: Place } | undefined;
  for (const [name, place] of foreignCities()) {
    const at = text.indexOf(name);
    if (at >= 0 && (!found || at < found.at)) found = { at, place };
  }
  return found?.place;
}

/** The country of a dateline place abroad: a city (华盛顿), a country (柬埔寨) or both (印度金奈, 南非德班). */
export function foreignDateline(name: string): Place | undefined {
  const city = foreignCities().get(name);
  if (city) return city;
  const gaz = gazetteer();
  for (let cut = name.length; cut >= 2; cut--) {
    const country = gaz.lookup(name.slice(0, cut)).find((p) => p.level === 'foreign');
    if (country && !REGIONS.has(country.name)) return country;
  }
  return undefined;
}

/** World regions of foreign-places.txt: a story about 东南亚 or 欧盟 is not a country's. */
export const REGIONS = new Set([
  '亚洲', '欧洲', '非洲', '北美洲', '南美洲', '拉丁美洲', '大洋洲', '中东', '东南亚', '南亚', '中亚', '西亚', '东北亚',
  '东亚', '欧盟', '东盟',
]);

/** Beijing as a dateline (新华社北京…电, 本报北京…电): where national news is filed. */
export const isCapitalDateline = (name: string): boolean => /^(?:北京|京)$/.test(name);

/** The lede places the story in Beijing's national venues (在京召开, 在人民大会堂, 钓鱼台国宾馆). */
export const IN_CAPITAL = /在(?:北京|京)|人民大会堂|钓鱼台国宾馆|中南海/;

/** The lede places the story abroad. */
export const ABROAD = /当地时间/;

/**
 * Words after 在X that make X the place a leader or a team visits (在江西考察, 在湖北开展疫情防控指导工作). A meeting or
 * fair held 在X (在天津举行) is not: a ministry's official attending it is national news.
 */
export const VISIT = /^(?:考察|调研|视察|检查|督导|督查|指导|开展|看望|慰问)/;
