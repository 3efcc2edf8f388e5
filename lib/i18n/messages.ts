/** @module Loads a locale's UI message catalog from content/messages. */
import type { Locale } from './routing'

export async function loadMessages(locale: Locale) {
  switch (locale) {
    case 'zh-CN':
      return (await import('@/content/messages/zh-CN.json')).default
    default:
      return (await import('@/content/messages/en.json')).default
  }
}
