/**
 * @module Reads a lesson's MDX source into the facts the pages and the parity tests need:
 * frontmatter in written order, headings with their ids, the lesson components in order with
 * their props, links, glossary terms, quiz questions and the prose (for reading time).
 * It parses with the same MDX parser and syntax plugins as the build, so what the tests check is
 * what the site renders.
 */
import { createProcessor } from '@mdx-js/mdx'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import { takeHeadingId } from '../mdx/remark-heading-id.mjs'
import { parseFrontmatter, type FrontmatterEntry } from './frontmatter'

export type PropValue =
  string | number | boolean | null | PropValue[] | { [key: string]: PropValue }

export type LessonHeading = { depth: number; id: string | undefined; text: string }
export type LessonComponent = { name: string; props: Record<string, PropValue>; line: number }

export type ParsedLesson = {
  frontmatter: FrontmatterEntry[]
  headings: LessonHeading[]
  components: LessonComponent[]
  links: string[]
  prose: string
}

type Node = {
  type: string
  value?: string
  depth?: number
  url?: string
  name?: string | null
  attributes?: Attribute[]
  children?: Node[]
  position?: { start: { line: number } }
}
type Attribute = {
  type: string
  name?: string
  value?: string | null | { type: string; value: string; data?: { estree?: Estree } }
}
type Estree = { type: string; body?: Array<{ type: string; expression?: Estree }> } & Record<
  string,
  unknown
>

const processor = createProcessor({ remarkPlugins: [remarkFrontmatter, remarkGfm] })

/**
 * @example
 * const lesson = parseLesson(readFileSync('content/lessons/header/en.mdx', 'utf8'))
 * lesson.headings.map((h) => h.id) // => ['what-the-header-says', ...]
 */
export function parseLesson(source: string): ParsedLesson {
  const tree = processor.parse(source) as unknown as Node
  const lesson: ParsedLesson = {
    frontmatter: [],
    headings: [],
    components: [],
    links: [],
    prose: '',
  }
  const prose: string[] = []

  const visit = (node: Node) => {
    switch (node.type) {
      case 'yaml':
        lesson.frontmatter = parseFrontmatter(node.value ?? '')
        return
      case 'code':
        return
      case 'heading': {
        const id = takeHeadingId(node) as string | undefined
        lesson.headings.push({ depth: node.depth ?? 0, id, text: textOf(node).trim() })
        break
      }
      case 'link':
        lesson.links.push(node.url ?? '')
        break
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (node.name && /^[A-Z]/.test(node.name)) {
          lesson.components.push({
            name: node.name,
            props: readProps(node.attributes ?? []),
            line: node.position?.start.line ?? 0,
          })
        }
        break
      case 'text':
      case 'inlineCode':
        prose.push(node.value ?? '')
        break
    }
    for (const child of node.children ?? []) visit(child)
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem')
      prose.push('\n')
  }
  visit(tree)
  lesson.prose = prose.join(' ')
  return lesson
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function readProps(attributes: Attribute[]): Record<string, PropValue> {
  const props: Record<string, PropValue> = {}
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue
    const value = attribute.value
    if (value === null || value === undefined) props[attribute.name] = true
    else if (typeof value === 'string') props[attribute.name] = value
    else {
      const statement = value.data?.estree?.body?.[0]
      if (statement?.type !== 'ExpressionStatement' || !statement.expression)
        throw new Error(`Prop ${attribute.name}={${value.value}} is not a literal`)
      props[attribute.name] = evaluateLiteral(statement.expression)
    }
  }
  return props
}

/** Evaluates the literal subset of JavaScript that lesson props use: no code runs. */
function evaluateLiteral(node: Estree): PropValue {
  switch (node.type) {
    case 'Literal':
      return node.value as PropValue
    case 'ArrayExpression':
      return (node.elements as Estree[]).map(evaluateLiteral)
    case 'UnaryExpression': {
      const value = evaluateLiteral(node.argument as Estree)
      if (node.operator === '-' && typeof value === 'number') return -value
      break
    }
    case 'TemplateLiteral':
      if ((node.expressions as unknown[]).length === 0)
        return (node.quasis as Array<{ value: { cooked: string } }>)[0]!.value.cooked
      break
    case 'ObjectExpression': {
      const object: Record<string, PropValue> = {}
      for (const property of node.properties as Estree[]) {
        const key = property.key as Estree
        const name = key.type === 'Identifier' ? (key.name as string) : String(key.value)
        object[name] = evaluateLiteral(property.value as Estree)
      }
      return object
    }
  }
  throw new Error(`Unsupported expression in a lesson prop: ${node.type}`)
}
