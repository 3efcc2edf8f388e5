'use client'
/**
 * @module The live part of <LoginFlow>: sends each step's request to the site's real demo API
 * (lib/demo's request code and the demo's useExchanges, so headers, cookies and the cross-tab
 * refresh lock are the demo page's own) with a throwaway account made for this reader.
 */
import { useState } from 'react'
import { useExchanges } from '@/components/demo/use-exchanges'
import {
  firstStep,
  FLOW_STEPS,
  flowRequest,
  throwawayAccount,
  type FlowAccount,
} from '@/lib/lessons/login-flow'
import {
  LoginFlowView,
  stepDone,
  type LoginFlowLabels,
  type LoginFlowState,
} from './login-flow-view'

type Walk = Omit<LoginFlowState, 'busy'>

const start = (account: FlowAccount): Walk => ({
  account,
  step: firstStep(account),
  results: [],
})

export function LoginFlowLive({
  labels,
  demoAccount,
}: {
  labels: LoginFlowLabels
  demoAccount: FlowAccount
}) {
  const { send, busy } = useExchanges()
  const [walk, setWalk] = useState<Walk>(() => start(throwawayAccount()))
  const step = FLOW_STEPS[walk.step] ?? 'register'

  async function sendStep() {
    const { account, accessToken } = walk
    if (busy || !account) return
    const at = walk.step
    const exchange = await send(flowRequest(step, { account, accessToken }))
    setWalk((current) => {
      // Restarted while the request was in flight: the answer belongs to the old walk.
      if (current.account !== walk.account) return current
      // A step sent again starts over from there: later answers belong to the earlier session.
      const results = current.results.slice(0, at)
      results[at] = exchange
      return {
        ...current,
        results,
        accessToken: exchange.issuedToken ?? current.accessToken,
      }
    })
  }

  return (
    <LoginFlowView
      labels={labels}
      state={{ ...walk, busy: busy !== null }}
      onSend={sendStep}
      onNext={() => {
        if (stepDone(step, walk.results[walk.step]))
          setWalk((current) => ({
            ...current,
            step: Math.min(current.step + 1, FLOW_STEPS.length - 1),
          }))
      }}
      onBack={() => setWalk((current) => ({ ...current, step: Math.max(current.step - 1, 0) }))}
      onRestart={() => setWalk(start(throwawayAccount()))}
      onUseDemo={() =>
        setWalk((current) => ({
          ...start({ ...demoAccount, demo: true }),
          // The failed registration stays on step 1, for Back.
          results: current.results,
        }))
      }
    />
  )
}

// The island registry loads this module for its default export.
export { LoginFlowLive as default }
