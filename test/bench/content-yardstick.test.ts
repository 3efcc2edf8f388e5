import { withInlineCss, withoutScripts } from '@/bench/lib/content-yardstick'

// The shape of a page as `next start` writes it (trimmed from /zh-CN/learn/algorithms-and-keys).
const page = [
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1bmqe4fzxjfyo.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1jexzsn2qdw84.js"/>',
  '<script src="/_next/static/chunks/2et-armmkr60k.js" async=""></script>',
  '<title>算法与密钥</title>',
  "<script>(function(){try{var t=localStorage.getItem('theme')}catch(_){}})()</script>",
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '</head><body class="font-sans"><p class="my-4">HS256 <code>alg</code></p>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  // Next writes "</script" inside its payload as "\u003c/script".
  '<script>self.__next_f.push([1,"\\u003c/script>"])</script></body></html>',
].join('')

describe('the content yardstick', () => {
  it('takes out every script and script preload, and nothing else', () => {
    const out = withoutScripts(page)
    expect(out).not.toMatch(/<\/?script|as="script"|__next_f/)
    expect(out).toBe(
      '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>' +
        '<link rel="stylesheet" href="/_next/static/chunks/1bmqe4fzxjfyo.css" data-precedence="next"/>' +
        '<title>算法与密钥</title></head><body class="font-sans"><p class="my-4">HS256 <code>alg</code></p>' +
        '</body></html>',
    )
  })

  it('puts the stylesheet that the link names in its place', () => {
    const read = (href: string) => (href === '/_next/static/chunks/1bmqe4fzxjfyo.css' ? 'p{}' : '')
    const out = withInlineCss(withoutScripts(page), read)
    expect(out).toContain('<meta charSet="utf-8"/><style>p{}</style><title>')
    expect(out).not.toContain('rel="stylesheet"')
  })
})
