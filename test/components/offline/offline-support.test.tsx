import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { OfflineSupport } from '@/components/offline/offline-support'

const path = vi.hoisted(() => ({ current: '/en/demo' }))
vi.mock('next/navigation', () => ({ usePathname: () => path.current }))

/** A stand-in for navigator.serviceWorker: a registration whose workers the test controls. */
function fakeContainer({ waiting = false, controlled = true } = {}) {
  const waitingWorker = { state: 'installed', postMessage: vi.fn(), addEventListener: vi.fn() }
  const active = { postMessage: vi.fn() }
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? waitingWorker : null,
    installing: null as unknown,
    active,
  })
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? active : null,
    register: vi.fn(async () => registration),
    ready: Promise.resolve(registration),
  })
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
  return { container, registration, waitingWorker, active }
}

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { value: online, configurable: true })
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')))
}

/** Lets the load/idle wait and the registration's promises run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)))

afterEach(() => {
  vi.unstubAllEnvs()
  path.current = '/en/demo'
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
})

describe('OfflineSupport: the worker', () => {
  it('registers nothing outside a production build (next dev, tests)', async () => {
    const { container } = fakeContainer()
    render(<OfflineSupport locale="en" strings={en.Offline.client} />)
    await settle()
    expect(container.register).not.toHaveBeenCalled()
  })

  it('registers /serwist/sw.js in production and asks it to warm the reader’s locale', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { container, active } = fakeContainer()
    render(<OfflineSupport locale="zh-CN" strings={zh.Offline.client} />)
    await settle()
    expect(container.register).toHaveBeenCalledWith('/serwist/sw.js', {
      scope: '/',
      type: 'module',
    })
    expect(active.postMessage).toHaveBeenCalledWith({ type: 'WARM', locale: 'zh-CN' })
  })

  for (const [what, register] of [
    ['refuses', () => Promise.reject(new DOMException('denied', 'SecurityError'))],
    ['gives no registration', () => Promise.resolve(undefined)],
  ] as const) {
    it(`says nothing and throws nothing when the browser ${what}`, async () => {
      vi.stubEnv('NODE_ENV', 'production')
      const { container } = fakeContainer()
      container.register.mockImplementation(register as never)
      const failures: unknown[] = []
      const onRejection = (reason: unknown) => failures.push(reason)
      process.on('unhandledRejection', onRejection)
      render(<OfflineSupport locale="en" strings={en.Offline.client} />)
      await settle()
      process.off('unhandledRejection', onRejection)
      expect(container.register).toHaveBeenCalled()
      expect(failures).toEqual([])
      expect(screen.queryByText(en.Offline.client.updateReady)).not.toBeInTheDocument()
    })
  }

  it('offers a waiting version, takes it only when asked, and “Later” leaves everything be', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { waitingWorker } = fakeContainer({ waiting: true })
    render(<OfflineSupport locale="zh-CN" strings={zh.Offline.client} />)
    await settle()
    expect(screen.getByText(zh.Offline.client.updateReady)).toBeInTheDocument()
    expect(waitingWorker.postMessage).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: zh.Offline.client.later }))
    expect(screen.queryByText(zh.Offline.client.updateReady)).not.toBeInTheDocument()
    expect(waitingWorker.postMessage).not.toHaveBeenCalled()
  })

  it('on “Reload”, stops the warm-up of the worker in control, then sends SKIP_WAITING', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const { waitingWorker, active } = fakeContainer({ waiting: true })
    render(<OfflineSupport locale="en" strings={en.Offline.client} />)
    await settle()
    active.postMessage.mockClear() // the warm-up request sent after load
    await userEvent.click(screen.getByRole('button', { name: en.Offline.client.reload }))
    expect(active.postMessage).toHaveBeenCalledWith({ type: 'STOP_WARM' })
    expect(waitingWorker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' })
    expect(active.postMessage.mock.invocationCallOrder[0]).toBeLessThan(
      waitingWorker.postMessage.mock.invocationCallOrder[0]!,
    )
  })

  it('offers nothing on the first install (no worker controlled the page before)', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    fakeContainer({ waiting: true, controlled: false })
    render(<OfflineSupport locale="en" strings={en.Offline.client} />)
    await settle()
    expect(screen.queryByText(en.Offline.client.updateReady)).not.toBeInTheDocument()
  })
})

describe('OfflineSupport: the network notice', () => {
  it('tells the demo’s reader it needs the network, and goes when the network is back', () => {
    fakeContainer()
    render(<OfflineSupport locale="en" strings={en.Offline.client} />)
    expect(screen.queryByText(en.Offline.client.demoOffline)).not.toBeInTheDocument()
    setOnline(false)
    expect(screen.getByText(en.Offline.client.demoOffline)).toBeInTheDocument()
    setOnline(true)
    expect(screen.queryByText(en.Offline.client.demoOffline)).not.toBeInTheDocument()
  })

  it('also when the worker saw an API request fail while the browser claims a connection', () => {
    const { container } = fakeContainer()
    render(<OfflineSupport locale="zh-CN" strings={zh.Offline.client} />)
    const tell = (online: boolean) =>
      act(
        () =>
          void container.dispatchEvent(
            new MessageEvent('message', { data: { type: 'NETWORK', online } }),
          ),
      )
    tell(false)
    expect(screen.getByText(zh.Offline.client.demoOffline)).toBeInTheDocument()
    tell(true)
    expect(screen.queryByText(zh.Offline.client.demoOffline)).not.toBeInTheDocument()
  })

  it('speaks of a lab on the labs’ pages, and stays silent on pages that need no server', () => {
    fakeContainer()
    path.current = '/zh-CN/labs/alg-none'
    const { rerender } = render(<OfflineSupport locale="zh-CN" strings={zh.Offline.client} />)
    setOnline(false)
    expect(screen.getByText(zh.Offline.client.labsOffline)).toBeInTheDocument()
    for (const page of ['/zh-CN/learn/header', '/zh-CN/playground', '/zh-CN/labsfoo']) {
      path.current = page
      rerender(<OfflineSupport locale="zh-CN" strings={zh.Offline.client} />)
      expect(screen.queryByText(zh.Offline.client.labsOffline)).not.toBeInTheDocument()
      expect(screen.queryByText(zh.Offline.client.demoOffline)).not.toBeInTheDocument()
    }
  })
})
