// Regenerates app/_fonts/*.woff2: Geist and Geist Mono from the `geist` package, cut to the Latin
// the pages use and to the weights they use (400 to 700), so a first visit fetches ~23 KB a font
// instead of ~70 KB. Chinese text uses the system's CJK fonts, so no CJK glyph is kept.
//
// Needs harfbuzz's subsetter, which the site does not depend on:
//   npm i --no-save subset-font@2.9 && node scripts/subset-fonts.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import subsetFont from 'subset-font'

// Basic Latin, Latin-1, the typographic punctuation and the few symbols the lessons and the UI
// print in running text. A character outside these falls back to the system font, glyph by glyph.
const ranges = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x131, 0x131],
  [0x152, 0x153],
  [0x2c6, 0x2c6],
  [0x2da, 0x2da],
  [0x2dc, 0x2dc],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2044, 0x2044],
  [0x20ac, 0x20ac],
  [0x2122, 0x2122],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  [0x2264, 0x2265],
]
let text = ''
for (const [from, to] of ranges) for (let c = from; c <= to; c++) text += String.fromCodePoint(c)

const fonts = [
  ['geist-sans/Geist-Variable.woff2', 'geist-sans-latin.woff2'],
  ['geist-mono/GeistMono-Variable.woff2', 'geist-mono-latin.woff2'],
]
for (const [from, to] of fonts) {
  const out = await subsetFont(readFileSync(`node_modules/geist/dist/fonts/${from}`), text, {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: 400, max: 700 } },
  })
  writeFileSync(`app/_fonts/${to}`, out)
  console.log(`app/_fonts/${to}: ${out.length} bytes`)
}
