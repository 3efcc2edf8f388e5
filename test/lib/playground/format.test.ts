import { duration, localDate, relative } from '@/lib/playground/format'

describe('format', () => {
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
