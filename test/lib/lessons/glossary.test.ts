import { locales } from '@/lib/i18n/routing'
import { glossaryEntry, parseGlossary } from '@/lib/lessons/glossary'
import { TERM_IDS } from '@/lib/lessons/vocabulary'

describe('glossary entries for the term popovers', () => {
  it('reads each ## heading with an id and the paragraph under it', () => {
    const entries = parseGlossary(
      [
        '---',
        'title: Glossary',
        '---',
        '',
        'Intro text, not an entry.',
        '',
        '## JWT · JSON Web 令牌 {/*jwt*/}',
        '',
        'A **signed** token, see `alg` and [the lesson](/learn/header).',
        '',
        'Explained in [a lesson](/learn/what-is-a-jwt).',
        '',
        '## No id here',
        '',
        'Skipped.',
      ].join('\n'),
    )
    expect([...entries.keys()]).toEqual(['jwt'])
    expect(entries.get('jwt')).toEqual({
      id: 'jwt',
      term: 'JWT · JSON Web 令牌',
      definition: [
        { type: 'text', value: 'A ' },
        { type: 'strong', children: [{ type: 'text', value: 'signed' }] },
        { type: 'text', value: ' token, see ' },
        { type: 'code', value: 'alg' },
        { type: 'text', value: ' and ' },
        { type: 'text', value: 'the lesson' },
        { type: 'text', value: '.' },
      ],
    })
  })

  it.each(locales)('defines every term a lesson may use, in %s', (locale) => {
    for (const id of TERM_IDS) {
      const entry = glossaryEntry(id, locale)
      expect(entry, id).toBeDefined()
      expect(entry!.definition.length, id).toBeGreaterThan(0)
    }
  })
})
