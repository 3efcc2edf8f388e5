import { expect, test, type Page } from './support/test'
import en from '../../content/messages/en.json'
import zh from '../../content/messages/zh-CN.json'
import { createHmac } from 'node:crypto'
import { LAB_SLUGS, LABS, type LabSlug } from '../../lib/labs/catalog'
import { draftKey } from '../../lib/labs-ui/draft-storage'

type Catalog = typeof en
const catalogs = { en, 'zh-CN': zh as Catalog } as const
type Locale = keyof typeof catalogs
type Strings = Catalog['Labs']['client']

/** A placeholder-free prefix of a template ("The fixed server refused the token. {explanation}"). */
const before = (template: string) => template.split('{')[0]!

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true })

async function replaceIn(page: Page, label: string, from: RegExp, to: string) {
  const area = field(page, label)
  const text = await area.inputValue()
  expect(text).toMatch(from)
  await area.fill(text.replace(from, to))
}

const becomeAdmin = (page: Page, t: Strings) =>
  replaceIn(page, t.payload, /"role": "user"/, '"role": "admin"')
const setAlg = (page: Page, t: Strings, alg: string) =>
  replaceIn(page, t.header, /"alg": "[^"]*"/, `"alg": "${alg}"`)

async function setKid(page: Page, t: Strings, kid: string) {
  await field(page, t.kid).fill(kid)
  await button(page, t.setKid).click()
  await expect(page.getByRole('status').filter({ hasText: t.kidSet })).toBeVisible()
}

async function signWithSecret(page: Page, t: Strings, secret: string, encoding: 'utf8' | 'hex') {
  await page.getByRole('radio', { name: t.modes.secret }).check()
  await field(page, t.secret).fill(secret)
  await page.getByRole('combobox', { name: t.encoding }).selectOption(encoding)
}

async function generateKey(page: Page, t: Strings, alg: string) {
  await page.getByRole('radio', { name: t.modes.key }).check()
  await page.getByRole('combobox', { name: t.keyAlg }).selectOption(alg)
  await button(page, t.generate).click()
  await expect(field(page, t.publicJwk)).toBeVisible({ timeout: 20_000 })
}

/** The forgery of each lab, through the workbench only: what the solution tells the learner. */
const FORGE: Record<LabSlug, (page: Page, t: Strings) => Promise<void>> = {
  'unverified-signature': async (page, t) => {
    await becomeAdmin(page, t)
    await page.getByRole('radio', { name: t.modes.keep }).check()
  },
  'alg-none': async (page, t) => {
    await setAlg(page, t, 'none')
    await becomeAdmin(page, t)
    await page.getByRole('radio', { name: t.modes.none }).check()
  },
  'weak-secret': async (page, t) => {
    await button(page, t.cracker.start).click()
    await expect(page.getByText(before(t.cracker.found))).toBeVisible({ timeout: 60_000 })
    await button(page, t.cracker.useSecret).click()
    await expect(page.getByRole('radio', { name: t.modes.secret })).toBeChecked()
    await becomeAdmin(page, t)
  },
  'jwk-injection': async (page, t) => {
    await becomeAdmin(page, t)
    await generateKey(page, t, 'RS256')
    await button(page, t.embedJwk).click()
    await expect(field(page, t.header)).toHaveValue(/"jwk": \{/)
  },
  'jku-injection': async (page, t) => {
    await becomeAdmin(page, t)
    await generateKey(page, t, 'RS256')
    await button(page, t.publishJwks).click()
    await expect(field(page, t.header)).toHaveValue(/"jku": "http/)
  },
  'kid-traversal': async (page, t) => {
    await setKid(page, t, '../../../../dev/null')
    await becomeAdmin(page, t)
    await signWithSecret(page, t, '00', 'hex')
  },
  'kid-sql-injection': async (page, t) => {
    await setKid(page, t, "x' UNION SELECT 'attacker-key' --")
    await becomeAdmin(page, t)
    await signWithSecret(page, t, 'attacker-key', 'utf8')
  },
  'algorithm-confusion': async (page, t) => {
    await setAlg(page, t, 'HS256')
    await becomeAdmin(page, t)
    await page.getByRole('radio', { name: t.modes.secret }).check()
    await button(page, t.loadPem).click()
    await expect(field(page, t.secret)).toHaveValue(/^-----BEGIN PUBLIC KEY-----/)
  },
  'psychic-signature': async (page, t) => {
    await becomeAdmin(page, t)
    await page.getByRole('radio', { name: t.modes.zero }).check()
  },
}

async function start(page: Page, t: Strings) {
  await button(page, t.start).click()
  await expect(field(page, t.payload)).toHaveValue(/"role": "user"/)
}

/**
 * Opens a lab with a token already on the workbench, as a reload after "Start the lab" would,
 * without starting an instance: the lab routes allow 20 new instances a minute per client
 * (lib/labs/rate-limit.ts), and the tests that need a real one are the solving ones.
 */
async function openWithToken(page: Page, slug: LabSlug, secret = 'not-in-any-list') {
  const b64 = (text: string) => Buffer.from(text).toString('base64url')
  const header = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}'
  const payload = '{\n  "role": "user",\n  "sid": "AAAAAAAAAAAAAAAAAAAAAA"\n}'
  const input = `${b64(header)}.${b64(payload)}`
  const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`
  await page.goto(`/en/labs/${slug}`)
  await page.evaluate(
    ([key, value]) => sessionStorage.setItem(key!, value!),
    [draftKey(slug), JSON.stringify({ issued: token, headerText: header, payloadText: payload })],
  )
  await page.reload()
  await expect(
    page.getByRole('textbox', { name: en.Labs.client.payload, exact: true }),
  ).toHaveValue(payload)
}

/** Solves a lab from its page, checks the success state, then the fixed server's refusal. */
async function solve(page: Page, locale: Locale, slug: LabSlug) {
  const catalog = catalogs[locale]
  const t = catalog.Labs.client
  await page.goto(`/${locale}/labs/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(catalog.Labs.labs[slug].title)
  await expect(page.getByText(t.hardenedLocked)).toBeVisible()
  await start(page, t)
  await FORGE[slug](page, t)
  await button(page, t.sign).click()
  await expect(field(page, t.forged)).toHaveValue(/^[\w-]+\.[\w-]+\.[\w-]*$/)

  await button(page, t.send).click()
  const result = page.getByRole('region', { name: t.result })
  await expect(result.getByText(t.success.title)).toBeVisible()
  await expect(result).toContainText(t.outcomes.solved)
  await expect(result).toBeFocused()
  await expect(page.getByRole('heading', { name: t.hardenedTitle })).toBeVisible()

  await button(page, t.sendHardened).click()
  const [code] = LABS[slug].hardenedRefuses
  await expect(result).toContainText(before(t.outcomes.hardenedRefused))
  await expect(result).toContainText(`${code}: ${catalog.Labs.codes[code!]}`)
}

test.describe('the attack lab', () => {
  test.beforeEach(({ pageErrors }) => {
    // The fixed server refuses every forged token on purpose, and Chromium logs each 401.
    pageErrors.allow(/the server responded with a status of 401 \(Unauthorized\)/)
  })

  // Every lab in both languages. The shared e2e server allows more new lab instances a minute
  // than the default 20 (playwright.config.ts); the limit itself is tested in labs-api.spec.ts.
  for (const locale of ['en', 'zh-CN'] as const) {
    const strings = catalogs[locale].Labs
    for (const slug of LAB_SLUGS) {
      test(`solves ${slug} in ${locale}, then the fixed server refuses the same token`, async ({
        page,
      }) => {
        test.setTimeout(90_000)
        await solve(page, locale, slug)
        await page.goto(`/${locale}/labs`)
        const card = page
          .getByRole('listitem')
          .filter({ has: page.getByRole('link', { name: strings.labs[slug].title }) })
        await expect(card.getByText(strings.solved)).toBeVisible()
        await expect(
          page.getByText(strings.progress.replace('{solved}', '1').replace('{total}', '9')),
        ).toBeVisible()
      })
    }
  }
})

/** Presses Tab until `name`d control has focus (keyboard only: no clicks, no focus()). */
async function tabTo(page: Page, name: string, role: 'button' | 'textbox' = 'button') {
  const target = page.getByRole(role, { name, exact: true })
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${name}`)
}

test('solves a lab with the keyboard only, and the result takes the focus', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow(/the server responded with a status of 401 \(Unauthorized\)/)
  const t = en.Labs.client
  await page.goto('/en/labs/unverified-signature')
  await tabTo(page, t.start)
  await page.keyboard.press('Enter')
  await expect(field(page, t.payload)).toHaveValue(/"role": "user"/)
  await tabTo(page, t.payload, 'textbox')
  const payload = await field(page, t.payload).inputValue()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.insertText(payload.replace('"role": "user"', '"role": "admin"'))
  await tabTo(page, t.sign)
  await page.keyboard.press('Enter')
  await expect(field(page, t.forged)).toHaveValue(/^[\w-]+\.[\w-]+\.[\w-]+$/)
  await tabTo(page, t.send)
  await page.keyboard.press('Enter')
  const result = page.getByRole('region', { name: t.result })
  await expect(result).toBeFocused()
  await expect(result.getByText(t.success.title)).toBeVisible()
  await expect(result).toHaveAttribute('aria-live', 'polite')
})

test('a lab page fits 360 px without horizontal scrolling, before and after starting', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 })
  const t = en.Labs.client
  await page.goto('/en/labs/jwk-injection')
  const overflow = async () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(await overflow()).toBeLessThanOrEqual(0)
  await openWithToken(page, 'jwk-injection')
  await page.getByRole('radio', { name: t.modes.key }).check()
  expect(await overflow()).toBeLessThanOrEqual(0)
})

test.describe('the weak-secret cracker', () => {
  test('shows progress while it runs, the page stays usable, and cancel stops it', async ({
    page,
  }) => {
    const t = en.Labs.client
    // A list far longer than the served one and without the secret, so the run is still going
    // when the test looks at it.
    const long = Array.from({ length: 2_000_000 }, (_, i) => `guess-${i}`).join('\n')
    await page.route('**/api/labs/weak-secret/wordlist', (route) =>
      route.fulfill({ status: 200, contentType: 'text/plain', body: long }),
    )
    await openWithToken(page, 'weak-secret')
    await button(page, t.cracker.start).click()
    const bar = page.getByRole('progressbar', { name: t.cracker.progressLabel })
    await expect(bar).toBeVisible()
    await expect(
      page.getByText(before(t.cracker.rate).trim() || 'guesses per second'),
    ).toBeVisible()
    await expect
      .poll(async () => Number(await bar.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0)
    // The main thread is free: typing into the payload works while the worker guesses.
    await becomeAdmin(page, t)
    await expect(field(page, t.payload)).toHaveValue(/"role": "admin"/)
    await button(page, t.cracker.cancel).click()
    await expect(page.getByText(before(t.cracker.cancelled))).toBeVisible()
    await expect(button(page, t.cracker.cancel)).toHaveCount(0)
    const stopped = Number(await bar.getAttribute('value'))
    expect(stopped).toBeLessThan(2_000_000)
  })

  test('finds the secret in the served list and offers it for re-signing', async ({ page }) => {
    const t = en.Labs.client
    const response = await page.request.get('/api/labs/weak-secret/wordlist')
    const words = (await response.text()).split('\n').filter(Boolean)
    const secret = words[Math.floor(words.length / 2)]!
    await openWithToken(page, 'weak-secret', secret)
    await button(page, t.cracker.start).click()
    await expect(page.getByText(before(t.cracker.found))).toBeVisible({ timeout: 60_000 })
    await expect(page.getByText(en.Labs.client.cracker.command)).toBeVisible()
    await expect(page.getByText('hashcat -m 16500 -a 0 jwt.txt wordlist.txt')).toBeVisible()
    await expect(page.getByText(before(t.cracker.found))).toContainText(secret)
    await button(page, t.cracker.useSecret).click()
    await expect(field(page, t.secret)).toHaveValue(secret)
  })
})

test('keeps the edits of a lab across a reload, and says "start again" for an unknown instance', async ({
  page,
  pageErrors,
}) => {
  pageErrors.allow(/the server responded with a status of 401 \(Unauthorized\)/)
  const t = en.Labs.client
  await openWithToken(page, 'alg-none')
  await field(page, t.header).fill('{ "alg": broken')
  await page.getByRole('radio', { name: t.modes.none }).check()
  await button(page, t.sign).click()
  await expect(page.getByRole('alert').filter({ hasText: /header/i })).toBeVisible()
  await page.reload()
  await expect(field(page, t.header)).toHaveValue('{ "alg": broken')
  await expect(page.getByRole('radio', { name: t.modes.none })).toBeChecked()
  // A token naming an instance the server never started.
  await field(page, t.forged).fill(
    'eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYWRtaW4iLCJzaWQiOiJBQUFBQUFBQUFBQUFBQUFBQUFBQUFBIn0.',
  )
  await button(page, t.send).click()
  await expect(page.getByRole('region', { name: t.result })).toContainText(t.outcomes.expired)
})
