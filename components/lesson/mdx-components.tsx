/**
 * @module The lesson vocabulary as MDX sees it: markdown elements plus the fixed set of lesson
 * components (lessons use them without imports). Bound to a lesson so links get the locale and
 * a quiz knows which lesson it saves progress for.
 */
import type { MDXComponents } from 'mdx/types'
import type { ComponentProps } from 'react'
import type { Locale } from '@/lib/i18n/routing'
import { AlgVerifiers } from './alg-verifiers'
import { DeepDive, Intro, Note, Pitfall, Recap, YouWillLearn } from './callouts'
import { AlgorithmBench } from './algorithm-bench'
import { ClaimTimeline } from './claim-timeline'
import { CodeBlock } from './code-block'
import { CodeCopy } from './copy-button'
import { HmacSteps } from './hmac-steps'
import { InjectedScript } from './injected-script'
import { JweDemo } from './jwe-demo'
import { LoginFlow } from './login-flow'
import { PayloadEditor } from './payload-editor'
import { LessonLink, proseElements } from './prose'
import { Question, Quiz } from './quiz'
import { TamperDemo } from './tamper-demo'
import { Term } from './term'
import { TokenDemo } from './token-demo'
import { TokenRecipients } from './token-recipients'
import { TokenSplit } from './token-split'

export function lessonComponents({
  slug,
  locale,
}: {
  slug: string
  locale: Locale
}): MDXComponents {
  return {
    ...proseElements,
    // One listener for every code block's copy button.
    wrapper: ({ children }: { children?: React.ReactNode }) => (
      <>
        {children}
        <CodeCopy />
      </>
    ),
    pre: CodeBlock,
    a: (props: ComponentProps<'a'>) => <LessonLink {...props} locale={locale} />,
    Intro,
    YouWillLearn,
    TokenDemo,
    PayloadEditor,
    HmacSteps,
    TamperDemo,
    TokenSplit,
    AlgVerifiers,
    InjectedScript,
    ClaimTimeline,
    LoginFlow,
    AlgorithmBench,
    JweDemo,
    TokenRecipients,
    Note,
    Pitfall,
    DeepDive,
    Term: (props: ComponentProps<typeof Term>) => <Term {...props} locale={locale} />,
    Quiz: (props: { children?: React.ReactNode }) => <Quiz {...props} slug={slug} />,
    Question,
    Recap,
  } as MDXComponents
}
