import { duration, fill, localDate, relative } from '@/lib/playground/format'

describe('format', () => {
  it('fills placeholders and never leaks a brace', () => {
    expect(fill('Expired {rel}', { rel: '3 min. ago' })).toBe('Expired 3 min. ago')
    expect(fill('kid {kid}', {})).toBe('kid —')
    expect(fill('{list}', { list: ['HS256', 'HS384'] })).toBe('HS256, HS384')
  })

  it('spaces Chinese from the Latin words and numbers put into it', () => {
    expect(fill('使用你提供的{source}验证', { source: 'PEM 密钥' })).toBe(
      '使用你提供的 PEM 密钥验证',
    )
    expect(fill('{segment}在第 {line} 行', { segment: '载荷 Payload', line: 1 })).toBe(
      '载荷 Payload 在第 1 行',
    )
    // Han beside Han, full-width brackets and English stay as they are.
    expect(fill('用{source}验证', { source: '密钥（secret）' })).toBe('用密钥（secret）验证')
    expect(fill('在{source}（{name}）中', { source: '一个 Cookie', name: 'id' })).toBe(
      '在一个 Cookie（id）中',
    )
    expect(fill('checked with the {source} you gave', { source: 'JWK' })).toBe(
      'checked with the JWK you gave',
    )
  })

  it('says relative times in the page language', () => {
    expect(relative(1180, 1000, 'en')).toBe('in 3 min.')
    expect(relative(1000, 1180, 'en')).toBe('3 min. ago')
    expect(relative(1000, 1000 + 3 * 3600 + 5, 'en')).toBe('3 hr. ago')
    expect(relative(1000, 1180, 'zh-CN')).toBe('3分钟前')
    expect(relative(1000 + 2 * 86400, 1000, 'zh-CN')).toBe('2天后')
  })

  it('shows a local date with its time zone, and refuses impossible ones', () => {
    expect(localDate(1300819380, 'en', 'UTC')).toBe('Mar 22, 2011, 6:43:00 PM UTC')
    expect(localDate(1300819380, 'zh-CN', 'Asia/Shanghai')).toContain('2011年3月23日')
    expect(localDate(1e20, 'en')).toBeNull()
  })

  it('says durations in words', () => {
    expect(duration(7 * 86400, 'en')).toBe('7 days')
    expect(duration(90, 'zh-CN')).toBe('1.5 分钟')
    expect(duration(-86400, 'zh-CN')).toBe('-1 天')
  })
})
