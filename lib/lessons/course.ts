/** @module The course: lesson slugs in reading order (the lesson format fixes them). */

import { LAB_SLUGS } from '@/lib/labs/catalog'

export const COURSE = [
  'what-is-a-jwt',
  'header',
  'payload',
  'signature',
  'signing-in-code',
  'verifying',
  'login-flow',
  'storing-tokens',
  'expiry-and-refresh',
  'algorithms-and-keys',
  'attacks',
  'jws-vs-jwe',
  'id-tokens',
  'sessions-or-jwts',
] as const

export type LessonSlug = (typeof COURSE)[number]

/** The glossary lives beside the lessons (content/lessons/glossary/) but is not one of them. */
export const GLOSSARY_SLUG = 'glossary'

/** Pages outside the course that lessons may link to, locale-free (the labs: lib/labs/catalog). */
export const SITE_PAGES = [
  '/',
  '/learn',
  '/learn/glossary',
  '/playground',
  '/demo',
  '/labs',
  ...LAB_SLUGS.map((slug) => `/labs/${slug}` as const),
] as const

/**
 * @example
 * isLessonSlug('header') // => true
 * isLessonSlug('glossary') // => false
 */
export function isLessonSlug(value: string): value is LessonSlug {
  return (COURSE as readonly string[]).includes(value)
}
