import { describe, expect, it } from 'vitest'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { LAB_SLUGS } from '@/lib/labs/catalog'
import { HTTP_LAYER_CODES, LAB_ERROR_CODES } from '@/lib/labs/codes'

describe('the labs messages', () => {
  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('explain every code a lab route answers with, in %s', (_, catalog) => {
    const codes = catalog.Labs.codes as Record<string, string>
    const missing = [...LAB_ERROR_CODES, ...HTTP_LAYER_CODES].filter((code) => !codes[code])
    expect(missing).toEqual([])
  })

  it.each([
    ['en', en],
    ['zh-CN', zh],
  ])('give every lab a title, a story, hints and a solution, in %s', (_, catalog) => {
    const labs = catalog.Labs.labs as Record<string, { hints: object; solution: object }>
    expect(Object.keys(labs)).toEqual([...LAB_SLUGS])
    for (const slug of LAB_SLUGS) {
      expect(Object.keys(labs[slug]!.hints).length).toBeGreaterThanOrEqual(2)
      expect(Object.keys(labs[slug]!.solution).length).toBeGreaterThanOrEqual(3)
    }
  })
})
