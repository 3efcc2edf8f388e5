/**
 * @module The zh-CN course's vocabulary: one preferred word for each concept, the variants a
 * second translator would drift into, and the English kept beside the Chinese on first use in
 * each lesson (签名（signature）). test/content/terms.test.ts holds every zh-CN lesson, the
 * glossary and the zh-CN messages to it, so the course reads as written by one author.
 */

export type ZhTerm = {
  /** The English concept, as the English lessons write it. */
  en: string
  /** The word the course uses. */
  preferred: string
  /**
   * Variants that must not appear (a mention inside 「」 quotes, as in a callout, is allowed). A
   * RegExp where the variant is part of a good word: 验签 inside 校验签名 is not a use of 验签.
   */
  rejected: readonly (string | RegExp)[]
  /** The first use in each lesson's running text carries the English, nearby: 载荷（payload）. */
  englishOnFirstUse?: RegExp
  /** Text right before an occurrence that makes it part of another term (刷新令牌 is not 令牌). */
  compoundAfter?: RegExp
  /** Checked in lessons only: in the UI the same word is legitimately something else (主题 = theme). */
  lessonsOnly?: boolean
  /** Why, for the next translator. */
  note?: string
}

export const ZH_TERMS: readonly ZhTerm[] = [
  {
    en: 'token',
    preferred: '令牌',
    rejected: ['Token 令牌', '凭据令牌'],
    englishOnFirstUse: /token/i,
    compoundAfter: /(刷新|访问|ID ?|身份|持有者|加密|签名|伪造)$/,
  },
  {
    en: 'signature',
    preferred: '签名',
    rejected: ['签章', '数字签字'],
    englishOnFirstUse: /signature|JWS/i,
  },
  {
    en: 'payload',
    preferred: '载荷',
    rejected: ['有效载荷', '负载'],
    englishOnFirstUse: /payload/i,
  },
  {
    en: 'header',
    preferred: '头部',
    rejected: ['标头', '报头'],
    englishOnFirstUse: /header/i,
    note: 'An HTTP header is a 请求头 / 响应头; the JOSE header is 头部.',
  },
  {
    en: 'claim',
    preferred: '声明',
    rejected: ['断言声明', '主张'],
    note: 'A claim is what the issuer asserts (声明), not something it guarantees (担保).',
  },
  {
    en: 'verify',
    preferred: '校验',
    rejected: [/(?<!校)验签(?!发)/, '验证令牌', '验证签名'],
    note: '校验 for verify and verifier (校验方) everywhere; 验签 is jargon, 解密 is wrong.',
  },
  {
    en: 'secret / key',
    preferred: '密钥',
    rejected: ['秘钥'],
  },
  {
    en: 'allow-list',
    preferred: '允许列表',
    rejected: ['白名单'],
  },
  {
    en: 'deny list / block list',
    preferred: '拒绝列表',
    rejected: ['黑名单'],
  },
  {
    en: 'iss (issuer)',
    preferred: '签发方',
    rejected: ['签发者', '颁发者', '发行方', '发行者'],
  },
  {
    en: 'sub (subject)',
    preferred: '主体',
    rejected: ['主题'],
    lessonsOnly: true,
    note: 'sub names who the token is about: 主体, never 主题 (a topic).',
  },
  {
    en: 'aud (audience)',
    preferred: '受众',
    rejected: ['听众', '观众'],
  },
  {
    en: 'revoke',
    preferred: '吊销',
    rejected: ['撤销令牌', '作废令牌'],
  },
  {
    en: 'rotation',
    preferred: '轮换',
    rejected: ['轮转'],
  },
  {
    en: 'alg (the signing algorithm)',
    preferred: '签名算法',
    rejected: [/(?<!密钥|内容)加密算法/],
    note: 'A JWS is signed, not encrypted; the header and verifying lessons name the mistake. In a JWE, alg is the 密钥加密算法 and enc the 内容加密算法.',
  },
  {
    en: 'the playground (this site)',
    preferred: '调试台',
    rejected: ['在线调试器', '游乐场', '演练场', '操场'],
  },
  {
    en: 'short-lived',
    preferred: '有效期短',
    rejected: ['短命'],
  },
]

/** Strips what a reader does not see as prose: code blocks, inline code and JSX tag syntax. */
export function zhProse(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
}

/**
 * Every rejected variant used in the text, with a little context, outside 「」 mentions.
 *
 * @example
 * rejectedVariants('把算法加入白名单') // => [{ variant: '白名单', preferred: '允许列表', at: '把算法加入白名单' }]
 */
export function rejectedVariants(
  text: string,
  { ui = false }: { ui?: boolean } = {},
): Array<{ variant: string; preferred: string; at: string }> {
  const unquoted = text.replace(/「[^」]*」/g, '')
  const found: Array<{ variant: string; preferred: string; at: string }> = []
  for (const term of ZH_TERMS) {
    if (ui && term.lessonsOnly) continue
    for (const variant of term.rejected) {
      const pattern = new RegExp(
        typeof variant === 'string'
          ? variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          : variant.source,
        'g',
      )
      for (const match of unquoted.matchAll(pattern))
        found.push({
          variant: match[0],
          preferred: term.preferred,
          at: unquoted.slice(Math.max(0, match.index - 12), match.index + match[0].length + 12),
        })
    }
  }
  return found
}
