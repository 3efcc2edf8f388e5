import type { Metadata } from 'next'
import { ThemeScript } from '@/components/ui/theme-script'
import { ThemeRestorer } from '@/components/ui/theme-switcher'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'

export const metadata: Metadata = { title: `${en.NotFound.title} · ${zh.NotFound.title}` }

const LINK = 'font-medium text-indigo-700 underline underline-offset-4 dark:text-indigo-300'

// Reached only for requests the locale proxy does not handle (e.g. a missing file), so it cannot
// know the reader's language: it says it in both. It gets the reader's theme (or the OS's) like
// every page: from the inline script when Next serves its prerendered HTML, and from
// ThemeRestorer when Next serves it as an error shell that React renders in the browser.
export default function RootNotFound() {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="mx-auto max-w-xl space-y-4 px-4 py-12 font-sans">
        <ThemeRestorer />
        <h1 className="text-3xl font-bold tracking-tight">{en.NotFound.title}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{en.NotFound.body}</p>
        <p>
          <a href="/en" className={LINK}>
            {en.NotFound.home}
          </a>
        </p>
        <hr className="border-zinc-200 dark:border-zinc-800" />
        <h2 lang="zh-CN" className="text-2xl font-bold">
          {zh.NotFound.title}
        </h2>
        <p lang="zh-CN" className="text-zinc-700 dark:text-zinc-300">
          {zh.NotFound.body}
        </p>
        <p lang="zh-CN">
          <a href="/zh-CN" className={LINK}>
            {zh.NotFound.home}
          </a>
        </p>
      </body>
    </html>
  )
}
