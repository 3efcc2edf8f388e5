/**
 * The demo's "our server" panels are the running source: every function a panel names, and every
 * statement of the route files it shows, appears there exactly as the TypeScript compiler reads
 * it from the file (an oracle independent of the panel's own line slicing).
 */
import { readFileSync } from 'node:fs'
import ts from 'typescript'
import { ROUTE_STEPS } from '@/lib/demo/exchange'
import { SERVER_CODE, functionSource, serverCode } from '@/lib/demo/server-code'

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
}

describe('demo server code panels', () => {
  for (const step of ROUTE_STEPS) {
    it(`shows the ${step} step's route and functions as they are in the source`, () => {
      const panel = serverCode(step)
      for (const excerpt of SERVER_CODE[step]) {
        const source = parse(excerpt.file)
        const statements = source.statements.filter((node) => !ts.isImportDeclaration(node))
        const shown = excerpt.names
          ? excerpt.names.map((name) => {
              const declaration = statements.find(
                (node) => ts.isFunctionDeclaration(node) && node.name?.text === name,
              )
              expect(declaration, `${excerpt.file} declares ${name}`).toBeDefined()
              return declaration!
            })
          : statements
        expect(shown.length).toBeGreaterThan(0)
        for (const node of shown) expect(panel).toContain(node.getText(source))
      }
    })
  }

  it('starts each step with its route file, which calls the lib/auth function shown next', () => {
    for (const step of ROUTE_STEPS) {
      const [route, domain] = SERVER_CODE[step]
      expect(route!.file).toMatch(/^app\/api\/.+\/route\.ts$/)
      expect(domain!.file).toBe('lib/auth/service.ts')
      const source = parse(route!.file)
      const fromAuth = source.statements.find(
        (node): node is ts.ImportDeclaration =>
          ts.isImportDeclaration(node) &&
          ts.isStringLiteral(node.moduleSpecifier) &&
          node.moduleSpecifier.text === '@/lib/auth',
      )
      expect(fromAuth?.getText(source)).toMatch(new RegExp(`\\b${domain!.names![0]}\\b`))
    }
  })

  it('fails (the build too) when a named function is gone, instead of showing a stale copy', () => {
    const source = readFileSync('lib/auth/service.ts', 'utf8')
    expect(() => functionSource(source, 'refreshWith')).toThrow(/No top-level function/)
  })
})
