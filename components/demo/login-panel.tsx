'use client'

/**
 * @module The login panel of the demo: the demo accounts, the login form (algorithm and lifetime)
 * and a small register form. Each form owns what is typed into it and the fields the server
 * refused; DemoClient only sends the requests and shows, by each button, its latest result.
 */
import { useState, type FormEvent, type ReactNode } from 'react'
import type { Exchange } from '@/lib/demo/exchange'
import { fieldErrorsOf, type FieldErrors, type PasswordLength } from './field-errors'
import { fill } from '@/lib/i18n/fill'
import { input, panel, primary, secondary } from './styles'
import { TextField } from './text-field'
import type { DemoStrings } from './strings'

import type { SigningAlg } from '@/lib/contract'

export type { SigningAlg }

export interface Credentials {
  email: string
  password: string
  alg: SigningAlg
  expiresIn: number
}

export interface Account {
  name: string
  email: string
  password: string
}

export interface LoginPanelProps {
  strings: DemoStrings
  accounts: readonly { email: string; password: string }[]
  algs: readonly SigningAlg[]
  lifetimes: readonly number[]
  /** The password length the API accepts on registration, for the field messages. */
  passwordLength: PasswordLength
  /** A request is in flight: submitting does nothing. */
  busy: boolean
  /** Sends the login; undefined when nothing was sent. */
  onLogin: (credentials: Credentials) => Promise<Exchange | undefined>
  /** Sends the registration; undefined when nothing was sent. */
  onRegister: (account: Account) => Promise<Exchange | undefined>
  loginResult: ReactNode
  registerResult: ReactNode
}

export function LoginPanel(props: LoginPanelProps) {
  const { strings, accounts, algs, lifetimes, passwordLength, busy, onLogin, onRegister } = props
  const first = accounts[0]
  const [email, setEmail] = useState(first?.email ?? '')
  const [password, setPassword] = useState(first?.password ?? '')
  const [alg, setAlg] = useState<SigningAlg>(algs[0] ?? 'ES256')
  const [lifetime, setLifetime] = useState(lifetimes[0] ?? 300)
  const [reg, setReg] = useState<Account>({ name: '', email: '', password: '' })
  const [loginErrors, setLoginErrors] = useState<FieldErrors>({})
  const [registerErrors, setRegisterErrors] = useState<FieldErrors>({})

  async function login(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const sent = { email, password }
    const result = await onLogin({ ...sent, alg, expiresIn: lifetime })
    if (result) setLoginErrors(fieldErrorsOf(result, sent, strings, passwordLength))
  }

  async function register(event: FormEvent) {
    event.preventDefault()
    if (busy) return
    const sent = { ...reg }
    const result = await onRegister(sent)
    if (!result) return
    setRegisterErrors(fieldErrorsOf(result, sent, strings, passwordLength))
    // Ready to log in as the new account.
    if (result.response?.status === 201) {
      setEmail(sent.email)
      setPassword(sent.password)
    }
  }

  return (
    <section aria-labelledby="demo-login" className={panel}>
      <h2 id="demo-login" className="text-lg font-semibold">
        <span aria-hidden="true">1. </span>
        {strings.loginTitle}
      </h2>
      <div>
        <h3 className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
          {strings.demoAccounts}
        </h3>
        <ul className="mt-1 space-y-1 text-sm">
          {accounts.map((account) => (
            <li key={account.email} className="flex flex-wrap items-center gap-x-2">
              <code className="font-mono text-xs break-all">
                {account.email} / {account.password}
              </code>
              <button
                type="button"
                className="rounded px-1 text-xs font-medium text-indigo-700 underline underline-offset-2 hover:bg-indigo-50 dark:text-indigo-300 dark:hover:bg-indigo-950"
                onClick={() => {
                  setEmail(account.email)
                  setPassword(account.password)
                }}
              >
                {fill(strings.useAccount, { email: account.email })}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {/* method="dialog" outside a dialog submits nowhere: Enter pressed before hydration would
          otherwise send a GET with the password in the URL (history, logs). */}
      <form
        aria-labelledby="demo-login"
        method="dialog"
        onSubmit={login}
        noValidate
        className="space-y-3"
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={strings.email}
            type="email"
            name="email"
            autoComplete="username"
            error={loginErrors.email}
            value={email}
            onValue={setEmail}
          />
          <TextField
            label={strings.password}
            type="password"
            name="password"
            autoComplete="current-password"
            error={loginErrors.password}
            value={password}
            onValue={setPassword}
          />
        </div>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium">{strings.alg}</legend>
          {algs.map((value) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="alg"
                value={value}
                checked={alg === value}
                onChange={() => setAlg(value)}
                className="mt-1"
              />
              <span>
                <code className="font-mono font-semibold">{value}</code>{' '}
                <span className="text-zinc-600 dark:text-zinc-400">{strings[`alg${value}`]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="space-y-1 text-sm">
          <label htmlFor="demo-lifetime" className="block font-medium">
            {strings.lifetime}
          </label>
          <select
            id="demo-lifetime"
            className={`${input} sm:w-40`}
            value={lifetime}
            onChange={(e) => setLifetime(Number(e.target.value))}
            aria-describedby="demo-lifetime-hint"
          >
            {lifetimes.map((seconds) => (
              <option key={seconds} value={seconds}>
                {fill(strings.seconds, { seconds })}
              </option>
            ))}
          </select>
          <p id="demo-lifetime-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
            {strings.lifetimeHint}
          </p>
        </div>
        <button type="submit" className={primary}>
          {strings.login}
        </button>
        {props.loginResult}
      </form>
      <details className="rounded-lg border border-zinc-200 dark:border-zinc-800">
        <summary id="demo-register" className="cursor-pointer px-3 py-2 text-sm font-medium">
          {strings.registerTitle}
        </summary>
        <form
          aria-labelledby="demo-register"
          method="dialog"
          onSubmit={register}
          noValidate
          className="space-y-3 border-t border-zinc-200 p-3 dark:border-zinc-800"
        >
          <TextField
            label={strings.name}
            name="name"
            autoComplete="name"
            error={registerErrors.name}
            value={reg.name}
            onValue={(name) => setReg((r) => ({ ...r, name }))}
          />
          <TextField
            label={strings.email}
            type="email"
            name="email"
            autoComplete="email"
            error={registerErrors.email}
            value={reg.email}
            onValue={(email) => setReg((r) => ({ ...r, email }))}
          />
          <TextField
            label={strings.password}
            type="password"
            name="new-password"
            autoComplete="new-password"
            aria-describedby="demo-register-hint"
            error={registerErrors.password}
            value={reg.password}
            onValue={(password) => setReg((r) => ({ ...r, password }))}
          />
          <p id="demo-register-hint" className="text-xs text-zinc-600 dark:text-zinc-400">
            {strings.registerHint}
          </p>
          <button type="submit" className={secondary}>
            {strings.register}
          </button>
          {props.registerResult}
        </form>
      </details>
    </section>
  )
}
