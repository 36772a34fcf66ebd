// What a term looks like, before any list or ranking: shared by keyword candidates and by the IDF builder, which
// keeps only such words.
const HAS_LETTER = /[\p{Script=Han}A-Za-z]/u;
const HAS_DIGIT = /\p{Nd}/u;
const HAS_LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;
const LOWERCASE_RUN = /[a-z]{2}/;
/** Whole-token shapes: Han, Latin letters, digits, and the joiners of names like `5G`, `O2O`, `B2B`, `e-CNY`. */
const WORD_CHARS = /^[\p{Script=Han}A-Za-z\p{Nd}·\-+.]+$/u;
/**
 * A Chinese numeral with an optional measure or calendar unit: 二十大, 十四五, 一批, 两个, 第五条, 三年, 百分之五.
 * 一体化, 三农, 一带一路 pass: 体, 农, 带 are not units.
 */
const CHINESE_NUMBER =
  /^第?[零〇一二三四五六七八九十百千万亿两几数半]+(?:分之[零〇一二三四五六七八九十百千]+)?[个项条批年月日号次届大期种类位名家所件座点倍成亿万千百元周岁级轮版]*$/u;
/** A measure said twice after 一 (一段段, 一个个, 一批批): "one after another", no term. */
const REDUPLICATED_MEASURE = /^一(\p{Script=Han})\1$/u;

/** A word that looks like a term: two or more characters, Han or Latin letters, not a number, date or ordinal. */
export function isTermShaped(word: string): boolean {
  if (word.length < 2 || !WORD_CHARS.test(word) || !HAS_LETTER.test(word)) return false;
  // 2022年, 12月25日, 3.5万亿元: digits with no Latin letter are figures (5G, PM2.5 keep theirs).
  if (HAS_DIGIT.test(word) && !HAS_LATIN.test(word)) return false;
  // Latin words are kept as acronyms and codes (GDP, AI, X86, IPv6); lowercase English (domain, false, Public) is
  // mostly web-page debris in scraped texts.
  if (!HAN.test(word) && LOWERCASE_RUN.test(word)) return false;
  return !CHINESE_NUMBER.test(word) && !REDUPLICATED_MEASURE.test(word);
}
