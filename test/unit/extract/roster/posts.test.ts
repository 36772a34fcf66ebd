import { describe, expect, it } from 'vitest';
import { isSolePost, rosterPosts, substantivePost } from '../../../../src/extract/roster/posts.js';
import type { Place } from '../../../../src/types.js';

const WEIFANG: Place = { code: '370700', name: '潍坊市', level: 'prefecture', parent: '370000' };
const SHANGLUO: Place = { code: '611000', name: '商洛市', level: 'prefecture', parent: '610000' };
const SHAANXI: Place = { code: '610000', name: '陕西省', level: 'province' };

/** `post@place` for each post of the chain. */
function posts(title: string, place?: Place): string[] {
  return rosterPosts(title, place).map((p) => `${p.post}@${p.place.name}`);
}

describe('rosterPosts: a title chain split into normalised posts with their place', () => {
  it.each([
    // A chain gives one post per unit; a bare post takes the article's place.
    ['市委副书记、市长', WEIFANG, ['市委副书记@潍坊市', '市长@潍坊市']],
    ['市委副书记、代市长', WEIFANG, ['市委副书记@潍坊市', '代市长@潍坊市']],
    ['副省长、代理省长', SHAANXI, ['副省长@陕西省', '代省长@陕西省']],
    ['省委常委、常务副省长', SHAANXI, ['省委常委@陕西省', '常务副省长@陕西省']],
    // The place printed in the title wins over the article's; its level stays in the post.
    ['广东省委书记', WEIFANG, ['省委书记@广东省']],
    ['中共广东省委书记', undefined, ['省委书记@广东省']],
    ['河南省长', undefined, ['省长@河南省']],
    ['湖北省省长', undefined, ['省长@湖北省']],
    ['西藏自治区党委书记', undefined, ['自治区党委书记@西藏自治区']],
    ['北京市委书记', undefined, ['市委书记@北京市']],
    ['上海市代市长', undefined, ['代市长@上海市']],
    // A later unit without a place is of the place the chain named (not the article's).
    ['山西省忻州市委副书记、市长', SHANGLUO, ['市委副书记@忻州市', '市长@忻州市']],
    ['中共中央政治局委员、上海市委书记', undefined, ['中央政治局委员@中国', '市委书记@上海市']],
    ['中央政治局常委、国务院总理', undefined, ['中央政治局常委@中国', '国务院总理@中国']],
    // Ranks after the first are of the first unit's organ; a department without a place is the committee's.
    ['内蒙古自治区党委委员、常委、书记', undefined, ['自治区党委委员@内蒙古自治区', '自治区党委常委@内蒙古自治区', '自治区党委书记@内蒙古自治区']],
    ['湖北省委书记、常委、委员', undefined, ['省委书记@湖北省', '省委常委@湖北省', '省委委员@湖北省']],
    ['市委委员、宣传部部长', WEIFANG, ['市委委员@潍坊市', '市委宣传部部长@潍坊市']],
    // A place's short name inside a body's name stays in the post; before another place or an organ it goes.
    ['北京大学第六医院临床心理评估中心主任', undefined, ['北京大学第六医院临床心理评估中心主任@北京市']],
    ['钦州港东站站长', undefined, ['钦州港东站站长@钦州市']],
    ['上海静安区宝山路街道党工委书记', undefined, ['宝山路街道党工委书记@静安区']],
    ['广州市委书记', undefined, ['市委书记@广州市']],
    ['浙江杭州市委书记', undefined, ['市委书记@杭州市']],
    ['退役军人事务部副部长', undefined, ['退役军人事务部副部长@中国']],
    // The government named before its head says nothing more (government work reports print it so).
    ['四川省政府省长', undefined, ['省长@四川省']],
    ['内蒙古自治区政府主席', undefined, ['自治区主席@内蒙古自治区']],
    ['广西壮族自治区政府副主席', undefined, ['自治区副主席@广西壮族自治区']],
    ['海拉尔区政府区长', undefined, ['区长@海拉尔区']],
    ['中共中央总书记', undefined, ['总书记@中国']],
    // 原 in a place's name is no former post.
    ['太原市委书记', undefined, ['市委书记@太原市']],
    ['原平市委书记', undefined, ['市委书记@原平市']],
    // Only a committee's own departments take its name; other bodies after a seat are not its.
    ['全国人大常委会副委员长、民进中央主席', undefined, ['全国人大常委会副委员长@中国']],
    ['赫章县委常委、河镇乡党委书记', undefined, ['县委常委@赫章县']],
  ])('%s (%o) → %j', (title, place, expected) => {
    expect(posts(title, place)).toEqual(expected);
  });

  it.each([
    // A former post is none held now; a post of a level the place does not have is none of its.
    ['陕西省政府原党组成员、副省长', SHAANXI],
    ['时任市长', WEIFANG],
    ['黑龙江省财政厅原党组成员', undefined],
    ['市长', SHAANXI],
    ['区委书记', WEIFANG],
    // No place of ours: a firm's post, a foreign ministry named without its country.
    ['董事长', WEIFANG],
    ['工程部长', WEIFANG],
    ['农业部长', undefined],
    ['科学研究部部长', undefined],
  ])('%s (%o) → no post', (title, place) => {
    expect(posts(title, place)).toEqual([]);
  });

  it('names the government for a head of it', () => {
    expect(rosterPosts('河南省长', undefined)[0]?.org).toBe('河南省政府');
    expect(rosterPosts('市委副书记、代市长', WEIFANG)[1]?.org).toBe('潍坊市政府');
  });
});

describe('sole posts and acting posts', () => {
  it.each([
    ['市长', true, '市长'],
    ['代市长', true, '市长'],
    ['代省长', true, '省长'],
    ['省委书记', true, '省委书记'],
    ['自治区党委书记', true, '自治区党委书记'],
    ['自治区主席', true, '自治区主席'],
    ['县长', true, '县长'],
    ['副市长', false, '副市长'],
    ['常务副市长', false, '常务副市长'],
    ['省委常委', false, '省委常委'],
    ['市委副书记', false, '市委副书记'],
  ])('%s: sole %s, stands for %s', (post, sole, substantive) => {
    expect(isSolePost(post)).toBe(sole);
    expect(substantivePost(post)).toBe(substantive);
  });
});
