import { decodeToken } from '@/lib/jwt/decode'
import { findTokens } from '@/lib/jwt/find'
import { scanJson } from '@/lib/jwt/json-scan'
import { analyzeInput, decodedTexts, type InputAnalysis } from '@/lib/playground/analysis'
import {
  createDecodeClient,
  type AnalysisRequest,
  type AnalysisResponse,
  type WorkerLike,
} from '@/lib/playground/decode-client'
import { bigToken } from '../../fixtures/big-token'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
const HS = b64('{"alg":"HS256","typ":"JWT"}')

/** Inputs of every kind the playground meets: big, broken, several tokens, JWE, duplicates. */
const INPUTS: Array<[string, string, number | null]> = [
  ['the 64 KB token', bigToken(), null],
  ['a small token', `${HS}.${b64('{"sub":"1","exp":1}')}.c2ln`, null],
  ['duplicate keys', `${HS}.${b64('{"sub":"1","sub":"2","a":{"k":1,"k":2}}')}.c2ln`, null],
  ['a payload that is not JSON', `${HS}.${b64('hello')}.c2ln`, null],
  ['bad base64url', `${HS}.eyJzdWIiOiIxIn0=.c2ln`, null],
  ['alg none', `${b64('{"alg":"none"}')}.${b64('{}')}.`, null],
  ['a partial token', `${HS}.${b64('{"sub":"1"}')}`, null],
  ['a JWE', `${b64('{"alg":"dir","enc":"A256GCM"}')}..aXY.Y2lwaGVy.dGFn`, null],
  ['a curl command', `curl -H 'Authorization: Bearer ${HS}.${b64('{}')}.c2ln' https://x`, null],
  ['two tokens, the second picked', `${HS}.${b64('{"n":1}')}.c2ln ${HS}.${b64('{"n":2}')}.c2ln`, 1],
  ['nothing', '', null],
  ['no token', 'hello world', null],
]

/**
 * A Worker stand-in that runs the real decode.worker.ts. Messages cross by structuredClone, as
 * they do between threads, and stay queued until the test delivers them, so it decides the
 * order in which the worker's answers come back.
 */
async function loadWorker() {
  const answers: AnalysisResponse[] = []
  const scope = {
    onmessage: null as ((event: { data: AnalysisRequest }) => void) | null,
    postMessage: (message: AnalysisResponse) => answers.push(structuredClone(message)),
  }
  vi.stubGlobal('self', scope)
  vi.resetModules()
  await import('@/lib/playground/decode.worker')
  const received: AnalysisRequest[] = []
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      received.push(message)
      scope.onmessage!({ data: structuredClone(message) })
    },
    terminate: vi.fn(),
  }
  /** Delivers the worker's oldest answer not yet delivered. */
  const answerNext = () => worker.onmessage!({ data: answers.shift()! })
  return { worker, received, answers, answerNext }
}

/** The playground's analysis before the worker: found, picked and decoded on the page. */
function onThePage(input: string, picked: number | null) {
  const found = findTokens(input)
  const current = found.ok ? (picked !== null && found.tokens[picked]) || found.best : undefined
  const decoded = current ? decodeToken(current.token, { payload: 'any' }) : undefined
  return { found, current, decoded }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('analysis in the decode worker', () => {
  it.each(INPUTS)('is the same as on the page for %s', async (_, input, picked) => {
    const { worker, answerNext } = await loadWorker()
    const client = createDecodeClient(() => worker)
    const results: InputAnalysis[] = []
    client.request(input, picked, (a) => results.push(a))
    answerNext()
    expect(results).toHaveLength(1)
    const [fromWorker] = results
    expect(fromWorker).toEqual(analyzeInput(input, picked))
    const page = onThePage(input, picked)
    expect(fromWorker!.found).toEqual(page.found)
    expect(fromWorker!.current).toEqual(page.current)
    expect(fromWorker!.decoded).toEqual(page.decoded)
    const texts = decodedTexts(page.decoded)
    expect(fromWorker!.headerScan).toEqual(scanJson(texts.headerText))
    expect(fromWorker!.payloadScan).toEqual(scanJson(texts.payloadText))
  })

  it('keeps the duplicate-key and teaching warnings of a big token', async () => {
    const big = bigToken()
    const [header, payload, signature] = big.split('.') as [string, string, string]
    const json = Buffer.from(payload, 'base64url').toString('utf8')
    const duplicated = `${header}.${b64(json.replace('{', '{"claim_7":1,'))}.${signature}`
    const { worker, answerNext } = await loadWorker()
    const client = createDecodeClient(() => worker)
    let result: InputAnalysis | undefined
    client.request(duplicated, null, (a) => (result = a))
    answerNext()
    const codes = result!.decoded!.warnings.map((w) => w.code)
    expect(codes).toContain('WARN_DUPLICATE_KEY')
    expect(codes).toEqual(decodeToken(duplicated, { payload: 'any' }).warnings.map((w) => w.code))
  })
})

describe('decode client', () => {
  it('answers only the newest request, skipping those superseded while the worker was busy', async () => {
    const { worker, received, answerNext } = await loadWorker()
    const client = createDecodeClient(() => worker)
    const shown: string[] = []
    const show = (a: InputAnalysis) => shown.push(a.input)
    client.request('first', null, show)
    client.request('second', null, show)
    client.request('third', null, show)
    // One request at a time: the worker has only the first.
    expect(received.map((r) => r.input)).toEqual(['first'])
    answerNext()
    // The first answer is stale (the learner typed on): dropped, and the newest goes out;
    // the second is never computed at all.
    expect(shown).toEqual([])
    expect(received.map((r) => r.input)).toEqual(['first', 'third'])
    answerNext()
    expect(shown).toEqual(['third'])
  })

  it('drops an answer that arrives after a newer request was sent', async () => {
    const { worker, received, answerNext } = await loadWorker()
    const client = createDecodeClient(() => worker)
    const shown: string[] = []
    client.request('old', null, (a) => shown.push(a.input))
    answerNext()
    expect(shown).toEqual(['old'])
    client.request('new', null, (a) => shown.push(a.input))
    client.request('newer', null, (a) => shown.push(a.input))
    answerNext()
    answerNext()
    expect(shown).toEqual(['old', 'newer'])
    expect(received.map((r) => r.input)).toEqual(['old', 'new', 'newer'])
  })

  it('answers nothing after dispose, and stops the worker', async () => {
    const { worker, answerNext } = await loadWorker()
    const client = createDecodeClient(() => worker)
    const shown: string[] = []
    client.request('gone', null, (a) => shown.push(a.input))
    client.dispose()
    answerNext()
    expect(shown).toEqual([])
    expect(worker.terminate).toHaveBeenCalled()
  })

  it('analyses on the page when no worker can start, or the worker fails', async () => {
    const shown: InputAnalysis[] = []
    const token = `${HS}.${b64('{"sub":"1"}')}.c2ln`
    createDecodeClient(() => null).request(token, null, (a) => shown.push(a))
    createDecodeClient(() => {
      throw new Error('CSP')
    }).request(token, null, (a) => shown.push(a))
    const { worker } = await loadWorker()
    const failing = createDecodeClient(() => worker)
    failing.request(token, null, (a) => shown.push(a))
    worker.onerror!(new Event('error'))
    expect(shown).toHaveLength(3)
    for (const a of shown) expect(a).toEqual(analyzeInput(token, null))
    // Once failed, the worker is not used again.
    failing.request('later', null, (a) => shown.push(a))
    expect(shown.at(-1)!.input).toBe('later')
    expect(worker.terminate).toHaveBeenCalled()
  })
})
