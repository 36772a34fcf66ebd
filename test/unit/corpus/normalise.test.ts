import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldChar, foldString, normalise, traditionalMapFromConverter, traditionalMapLines } from '../../../src/corpus/normalise.js';
import { dataPath } from '../../../src/paths.js';

/** Every normalised character maps back to the original character it came from. */
function expectExactOrigin(original: string, from = 0, to = original.length) {
  const { text, origin } = normalise(original, from, to);
  expect(origin.length).toBe(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const t = text.charCodeAt(i);
    const o = original.charCodeAt(origin[i]!);
    if (t === 0x0a || t === 0x20) continue; // paragraph break or joining space: mapped to a break or space
    if (o >= 0x3400 && t >= 0x3400) continue; // a CJK character, maybe simplified
    expect(foldChar(o), `text[${i}]=${text[i]} ← original[${origin[i]}]=${original[origin[i]!]}`).toBe(t);
  }
}

describe('normalise: joining OCR line breaks', () => {
  it.each([
    // seeds/001: a newspaper column of fixed width, words broken at the line end
    [
      '  1月3日，青州市委经济工作会议召开，青州市委书\n记宋伟伟出席并发表了讲话。会议全面学习贯彻党的\n二十大和中央经济工作会议精神，深入落实省委和潍\n坊市委经济工作会议部署，总结工作分析形势，安排\n2023年经济工作，重点做到八个着力，加快建设生态、活\n力、精致、富裕的新时代社会主义现代化美丽青州，奋\n力谱写千年古城新崛起的新篇章。\n\u3000\u3000会议指出，2023年是全面贯彻落实党的二十大精神',
      '1月3日，青州市委经济工作会议召开，青州市委书记宋伟伟出席并发表了讲话。会议全面学习贯彻党的二十大和中央经济工作会议精神，深入落实省委和潍坊市委经济工作会议部署，总结工作分析形势，安排2023年经济工作，重点做到八个着力，加快建设生态、活力、精致、富裕的新时代社会主义现代化美丽青州，奋力谱写千年古城新崛起的新篇章。\n会议指出，2023年是全面贯彻落实党的二十大精神',
    ],
    // seeds/000: a paragraph cut by a blank line in the middle of a word (部\n\n署)
    [
      '会议指出，2023年是全面贯彻落实党的二十大精神开局之年，也是建设现代化强市的重要一年。做好明年经济工作，落实省委经济工作会议部\n\n署要求，聚焦市委“1441”工作思路。\n\n会议强调，各级各部门要自我加压。',
      '会议指出，2023年是全面贯彻落实党的二十大精神开局之年，也是建设现代化强市的重要一年。做好明年经济工作，落实省委经济工作会议部署要求，聚焦市委“1441”工作思路。\n会议强调，各级各部门要自我加压。',
    ],
    // seeds/002: a short line that looks like a heading but whose next line starts with the rest of its word
    [
      '一要坚定不移壮大工业实力。\n\n二要坚定不移激活内需动\n\n力。推动引资投资提量扩面,全力抓好项目建设。',
      '一要坚定不移壮大工业实力。\n二要坚定不移激活内需动力。推动引资投资提量扩面,全力抓好项目建设。',
    ],
    // seeds/000: a short first line of a paragraph with a comma is no heading
    [
      '近年来，我市充分发挥农民合作社在推动乡村振\n\n兴中的优势作用，狠抓政策推动。',
      '近年来，我市充分发挥农民合作社在推动乡村振兴中的优势作用，狠抓政策推动。',
    ],
    // corpus national_china_1954: Wikisource link text on its own line inside a paragraph (blank lines separate paragraphs)
    [
      '各位代表：\n\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。\n\n我國偉大的人民革命的根本目的。',
      '各位代表：\n我们第一届全国人民代表大会第一次会议，在听了刘少奇同志关于宪法草案的报告并进行了三天的讨论以后，已经光荣地完成了一件历史性的工作。\n我国伟大的人民革命的根本目的。',
    ],
    // the brief's own example, as a two-line snippet
    ['青州市委书\n记宋伟伟', '青州市委书记宋伟伟'],
    // CRLF and lone CR line ends
    ['第一段落的文字。\r\n第二段落的文字。\r第三段', '第一段落的文字。\n第二段落的文字。\n第三段'],
  ])('%#', (original, expected) => {
    expect(normalise(original).text).toBe(expected);
    expectExactOrigin(original);
  });
});

describe('normalise: headlines and headings stand alone', () => {
  it.each([
    // corpus district_hailar_2015: numbered headings, one paragraph per line
    [
      '\u3000\u3000一、2014年工作回顾\n\u3000\u3000过去的一年，面对复杂多变的经济形势，区政府取得了成绩。\n\u3000\u3000（一）县域经济实力稳步提升\n\u3000\u30002014年，全区地区生产总值完成274.4亿元。',
      '一、2014年工作回顾\n过去的一年，面对复杂多变的经济形势，区政府取得了成绩。\n（一）县域经济实力稳步提升\n2014年，全区地区生产总值完成274.4亿元。',
    ],
    // corpus province reports: a heading line without stop, then its paragraph
    [
      '各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n一、2025年工作和“十四五”发展回顾\n过去一年，是安徽牢记嘱托、感恩奋进的重要一年。',
      '各位代表：\n现在，我代表省人民政府，向大会报告政府工作。\n一、2025年工作和“十四五”发展回顾\n过去一年，是安徽牢记嘱托、感恩奋进的重要一年。',
    ],
    // seeds/003: a credit line after the last paragraph
    ['有效加强了孤儿的医疗康复保障工作。\n\n(融媒体 裴崇旭 通讯员 石勇)', '有效加强了孤儿的医疗康复保障工作。\n(融媒体 裴崇旭 通讯员 石勇)'],
    // a closing quote after a stop ends the paragraph
    ['他说：“要把工作做实。”\n会议强调，要加力提效。', '他说：“要把工作做实。”\n会议强调，要加力提效。'],
  ])('%#', (original, expected) => {
    expect(normalise(original).text).toBe(expected);
  });

  it('keeps a short headline-like line apart in a fixed-width column but joins full lines, even after a stop', () => {
    // seeds/001's width: 23–25 characters a line; the last lines are the page's headline, set apart by blank lines.
    const column = [
      '  会议要求，抓好经济发展是今年工作的重中之重。',
      '要紧盯经济发展不动摇，凝心聚力抓经济、持之以恒抓',
      '经济，确保经济运行整体好转，重点做到八个着力。要',
      '着力做好“优”“扩”两篇文章。坚持“优存量”“扩增量”',
      '两篇文章一起做，加快建设具有青州特色、竞争力更强',
      '的现代化产业体系。加快传统产业转型升级；继续实',
      '施“百企技改、百企转型”，打造一批现代化“智能工',
      '厂”；叫响“青州味道”预制菜品牌。',
      '',
      '奋力谱写千年古城新崛起的新篇章',
    ].join('\n');
    const { text } = normalise(column);
    // The first line ends with a stop but is full and the next is not indented: the paragraph goes on.
    expect(text.split('\n')).toEqual([
      '会议要求，抓好经济发展是今年工作的重中之重。要紧盯经济发展不动摇，凝心聚力抓经济、持之以恒抓经济，确保经济运行整体好转，重点做到八个着力。要着力做好“优”“扩”两篇文章。坚持“优存量”“扩增量”两篇文章一起做，加快建设具有青州特色、竞争力更强的现代化产业体系。加快传统产业转型升级；继续实施“百企技改、百企转型”，打造一批现代化“智能工厂”；叫响“青州味道”预制菜品牌。',
      '奋力谱写千年古城新崛起的新篇章',
    ]);
  });
});

describe('normalise: characters', () => {
  it.each([
    ['ＧＤＰ增长５．５％，达到１０００亿元！', 'GDP增长5.5%,达到1000亿元!'.replace(',', '，')],
    ['（一）坚持稳中求进；总的要求是：', '（一）坚持稳中求进；总的要求是：'],
    ['《未成年人保护法》“十四五”、“两个确立”。', '《未成年人保护法》“十四五”、“两个确立”。'],
    ['\u3000\u3000会议指出，\u3000要把握大局。\u3000', '会议指出， 要把握大局。'],
    ['净土保卫战。             王青和', '净土保卫战。 王青和'],
    ['ＡＢＣ　ｘｙｚ＃＠', 'ABC xyz#@'],
  ])('%s', (original, expected) => {
    expect(normalise(original).text).toBe(expected);
    expectExactOrigin(original);
  });

  it.each([
    ['我們第一届全國人民代表大會第一次會議', '我们第一届全国人民代表大会第一次会议'],
    ['關於憲法草案的報告', '关于宪法草案的报告'],
    ['臺灣的經濟發展與兩岸關係', '台湾的经济发展与两岸关系'],
    ['後來頭髮', '后来头发'],
  ])('traditional %s → simplified with an exact map', (original, expected) => {
    const { text, origin } = normalise(original);
    expect(text).toBe(expected);
    expect([...origin]).toEqual([...Array(original.length + 1).keys()]);
  });

  it('simplifies traditional text across joined lines and keeps the map', () => {
    const original = '我國在一九四九年至一九五二年迅速地完成了工業恢\n復的任務。';
    const { text, origin } = normalise(original);
    expect(text).toBe('我国在一九四九年至一九五二年迅速地完成了工业恢复的任务。');
    expect(original.slice(origin[text.indexOf('恢复')]!, origin[text.indexOf('恢复') + 2 - 1]! + 1)).toBe('恢\n復');
  });

  it('leaves simplified text untouched', () => {
    const original = '市委经济工作会议在济南召开，著名的乾隆年间文物';
    expect(normalise(original, 0, original.length).text).toBe(original);
  });

  it('normalises only the range asked for', () => {
    const original = 'XXXX\n市委书\n记江敦涛出席。\nYYYY';
    const from = original.indexOf('市');
    const to = original.indexOf('\nYYYY');
    const { text, origin } = normalise(original, from, to);
    expect(text).toBe('市委书记江敦涛出席。');
    expect(origin[0]).toBe(from);
    expect(origin[text.length]).toBe(to);
  });
});

describe('simplifying', () => {
  it("the traditional-to-simplified build of opencc-js converts as the whole package does", async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const whole = (await import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
    const t2cn = (require('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
    let chars = '';
    for (const [lo, hi] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]] as const) {
      for (let c = lo; c <= hi; c++) chars += `${String.fromCharCode(c)}\n`;
    }
    expect(t2cn(chars)).toBe(whole(chars));
    const phrases = '這個軟體的記憶體和滑鼠，為國家發展與經濟建設服務。臺灣的計程車、資訊、網路、程式設計和乾燥的頭髮';
    expect(t2cn(phrases)).toBe(whole(phrases));
  });

  it('reads the character map from src/data/traditional-chars.txt, which is opencc-js’s (scripts/build-traditional-map.mjs remakes it)', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const t2cn = (require('opencc-js/t2cn') as typeof import('opencc-js')).Converter({ from: 'tw', to: 'cn' });
    const shipped = readFileSync(dataPath('traditional-chars.txt'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(shipped).toEqual(traditionalMapLines(traditionalMapFromConverter(t2cn)));
    expect(shipped).toContain('們们');
    expect(shipped.length).toBeGreaterThan(3000);
  });
});

describe('foldString', () => {
  // What it always did: a full-width ASCII form or a space of any kind, as a character class finds them, through foldChar.
  const FOLDABLE = /[\uff01-\uff5e\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g;
  const byClass = (s: string) => s.replace(FOLDABLE, (ch) => String.fromCharCode(foldChar(ch.charCodeAt(0))));

  it('folds every UTF-16 unit as the character class and foldChar did', () => {
    for (let from = 0; from < 0x10000; from += 1024) {
      const s = String.fromCharCode(...Array.from({ length: 1024 }, (_, k) => from + k));
      expect(foldString(s)).toBe(byClass(s));
    }
  });

  it('folds mixed text alike', () => {
    const unit = fc.constantFrom('市', 'Ａ', '１', '，', '：', '\u3000', ' ', '\t', '\n', '\u00a0', '\u200b', 'a', '！', '\ufeff');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (units) => {
        expect(foldString(units.join(''))).toBe(byClass(units.join('')));
      }),
    );
  });
});

describe('normalise: property', () => {
  const cjk = fc.constantFrom(...'会议指出要把握大局坚定信心在加快高质量发展中勇毅前行市委书记经济工作'.split(''));
  const punct = fc.constantFrom('，', '。', '、', '“', '”', '；', '：', 'Ａ', '５', '％', '　', ' ', 'a', '1');
  const piece = fc.oneof({ weight: 6, arbitrary: cjk }, { weight: 2, arbitrary: punct }, { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r') });
  it('maps every character back to the one it came from', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const original = pieces.join('');
        const { text, origin } = normalise(original);
        expect(origin.length).toBe(text.length + 1);
        for (let i = 0; i < text.length; i++) {
          const t = text.charCodeAt(i);
          const o = original.charCodeAt(origin[i]!);
          if (t === 0x0a) expect(o === 0x0a || o === 0x0d).toBe(true);
          else if (t === 0x20) expect([0x20, 0x3000, 0x0a, 0x0d]).toContain(o);
          else expect(foldChar(o)).toBe(t);
          if (i > 0) expect(origin[i]!).toBeGreaterThan(origin[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});
