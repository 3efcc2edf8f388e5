/**
 * @module remark plugin: an MDX comment at the end of a heading becomes the heading's id, as on
 * react.dev. `## Why alg cannot be trusted {/*alg-not-trusted*\/}` renders
 * `<h2 id="alg-not-trusted">Why alg cannot be trusted</h2>`. Both languages write the same English
 * id, so anchors and cross-links are the same in every locale.
 *
 * Plain JavaScript on purpose: @next/mdx's loader imports remark plugins by path at build time
 * (Turbopack only accepts serialisable loader options), outside the TypeScript pipeline.
 */

const ID_COMMENT = /^\s*\/\*\s*([A-Za-z0-9][\w-]*)\s*\*\/\s*$/

/**
 * Reads and removes the trailing `{/*id*\/}` of one mdast heading.
 * Returns the id, or undefined when the heading has none.
 *
 * @param {{ children?: Array<{ type: string, value?: string }> }} heading
 * @returns {string | undefined}
 * @example
 * // heading from `## The signature {/*signature*\/}`
 * takeHeadingId(heading) // => 'signature'; the heading's text is now "The signature"
 */
export function takeHeadingId(heading) {
  const children = heading.children ?? []
  const last = children[children.length - 1]
  if (!last || last.type !== 'mdxTextExpression') return undefined
  const match = ID_COMMENT.exec(last.value ?? '')
  if (!match) return undefined
  children.pop()
  const before = children[children.length - 1]
  if (before && before.type === 'text' && typeof before.value === 'string') {
    before.value = before.value.replace(/\s+$/, '')
    if (before.value === '') children.pop()
  }
  return match[1]
}

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  visit(node)
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit)
}

/** The remark plugin: sets `data.hProperties.id` on every heading that ends with an id comment. */
export default function remarkHeadingId() {
  /** @param {any} tree */
  return (tree) => {
    walk(tree, (node) => {
      if (node.type !== 'heading') return
      const id = takeHeadingId(node)
      if (!id) return
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } }
    })
  }
}
