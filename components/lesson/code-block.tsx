/**
 * @module A highlighted code block: Shiki's markup from the build, the language and a copy button
 * (the only JavaScript here is that button).
 */
import type { ComponentProps } from 'react'
import { getTranslations } from 'next-intl/server'
import { CopyButton } from './copy-button'

type PreProps = ComponentProps<'pre'> & { 'data-language'?: string }

export async function CodeBlock({ className, style, children, ...rest }: PreProps) {
  const t = await getTranslations('Lessons')
  const language = rest['data-language']
  return (
    <div
      data-code-block=""
      className="my-5 overflow-hidden rounded-xl border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-center justify-between border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800">
        <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">
          {language && language !== 'text' ? language : ''}
        </span>
        <CopyButton label={t('copy')} copied={t('copied')} title={t('copyCode')} />
      </div>
      <pre
        className={`${className ?? ''} overflow-x-auto p-4 font-mono text-sm leading-relaxed [&_code]:bg-transparent [&_code]:p-0`}
        // Shiki's variables only; the background is the box's, so both themes match the page.
        style={style}
        tabIndex={0}
        translate="no"
      >
        {children}
      </pre>
    </div>
  )
}
