/**
 * Two-character surnames (复姓) that stay whole when a name is masked, so 欧阳娜娜 shows as 欧阳**
 * rather than 欧***, the way certificate look-ups in China display them.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '南宫',
  '独孤',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '钟离',
  '闻人',
  '赫连',
  '万俟',
  '濮阳',
  '鲜于',
  '东郭',
  '拓跋',
  '司空',
  '左丘',
  '第五',
]);

/** Separators inside names of several parts (阿卜杜拉·买买提, John Smith), shown as they are. */
const SEPARATOR = /[\s·]/u;
const MIDDLE_DOTS = /[\u00B7\u2022\u2027\u30FB\uFF65]/gu;

/**
 * A holder's name for public display: the surname kept, every other character replaced by `*`,
 * separators kept. A one-character name shows as it is: it is the surname alone.
 */
export function maskHolderName(name: string): string {
  const characters = Array.from(name.trim().replace(MIDDLE_DOTS, '·'));
  if (characters.length <= 1) return characters.join('');
  const kept = characters.length >= 3 && COMPOUND_SURNAMES.has(characters.slice(0, 2).join('')) ? 2 : 1;
  return characters.map((c, i) => (i < kept || SEPARATOR.test(c) ? c : '*')).join('');
}

/**
 * The form two spellings of one name share: full-width letters folded, spaces dropped, the several
 * middle dots in use made one, Latin letters upper-cased. A verifier typing 阿卜杜拉・买买提 or
 * 阿卜杜拉 · 买买提 means the holder 阿卜杜拉·买买提.
 */
export function holderNameKey(name: string): string {
  return name.normalize('NFKC').replace(MIDDLE_DOTS, '·').replace(/\s+/gu, '').toUpperCase();
}

export function sameHolderName(a: string, b: string): boolean {
  return holderNameKey(a) === holderNameKey(b);
}
