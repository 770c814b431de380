import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/**
 * Noto Serif SC (SIL Open Font License 1.1), as the npm package @expo-google-fonts/noto-serif-sc
 * ships it: one TrueType file of about 15 MB per weight, covering GB 18030's common characters.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof FONT_FILES;

const resolve = createRequire(import.meta.url).resolve;
const loaded = new Map<FontWeight, Promise<Buffer>>();

/** Read once per process, on the first certificate printed, and kept for the next ones. */
function fontFile(weight: FontWeight): Promise<Buffer> {
  let file = loaded.get(weight);
  if (!file) {
    file = readFile(resolve(FONT_FILES[weight]));
    file.catch(() => loaded.delete(weight));
    loaded.set(weight, file);
  }
  return file;
}

/**
 * The font cut down to the characters of `text`, a few kilobytes instead of 15 MB. HarfBuzz's
 * subsetter does the cutting: fontkit's own subsetter, which pdf-lib would otherwise use, drops
 * glyphs of this font (characters print blank). Alternate glyphs reachable only through layout
 * rules are left out, so fontkit lays out the plain forms: with them kept it swapped digits after a
 * Latin letter for widely spaced variants, and certificate numbers printed gapped.
 */
export async function fontSubset(weight: FontWeight, text: string): Promise<Uint8Array> {
  const characters = [...new Set(Array.from(text))].join('');
  return subsetFont(await fontFile(weight), characters, { targetFormat: 'truetype', noLayoutClosure: true });
}
