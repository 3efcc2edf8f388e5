/**
 * @module Required by @next/mdx in the App Router. Lessons get their components per page
 * (components/lesson/mdx-components.tsx binds them to a lesson and locale), so nothing global.
 */
import type { MDXComponents } from 'mdx/types'

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components
}
