/** @module Locale-aware Link, redirect and hooks; use these instead of next/link in pages. */
import { createNavigation } from 'next-intl/navigation'
import { routing } from './routing'

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
