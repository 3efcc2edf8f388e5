/**
 * @module A highlighted code block: Shiki's markup from the build, the language and a copy button
 * (its clicks are handled by the page's one CodeCopy listener, so a block ships no JavaScript).
 */
import type { ComponentProps } from 'react'
import { getTranslations } from 'next-intl/server'

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
        <button
          type="button"
          data-copy=""
          data-label={t('copy')}
          data-copied={t('copied')}
          aria-label={t('copyCode')}
          className="rounded-md border border-zinc-300 bg-white px-2 py-0.5 text-xs font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800"
        >
          <span aria-live="polite">{t('copy')}</span>
        </button>
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
