import type { Metadata } from 'next'
import Link from 'next/link'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'

export const metadata: Metadata = { title: `${en.NotFound.title} · ${zh.NotFound.title}` }

// Reached only for requests the locale proxy does not handle (e.g. a missing file), so it cannot
// know the reader's language: it says it in both.
export default function RootNotFound() {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: 'system-ui, sans-serif',
          margin: '3rem auto',
          maxWidth: '36rem',
          padding: '0 1rem',
        }}
      >
        <h1>{en.NotFound.title}</h1>
        <p>{en.NotFound.body}</p>
        <p>
          <Link href="/en">{en.NotFound.home}</Link>
        </p>
        <hr />
        <h2 lang="zh-CN">{zh.NotFound.title}</h2>
        <p lang="zh-CN">{zh.NotFound.body}</p>
        <p lang="zh-CN">
          <Link href="/zh-CN">{zh.NotFound.home}</Link>
        </p>
      </body>
    </html>
  )
}
