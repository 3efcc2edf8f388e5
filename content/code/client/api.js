// #region api
let accessToken = null
let refreshing = null // the refresh in flight in this tab, shared by every caller

function refreshAccessToken() {
  // One refresh per tab: calls that arrive meanwhile wait for the same answer
  refreshing ??= navigator.locks
    // One refresh across tabs: they share one refresh cookie, and presenting it twice is reuse
    .request('refresh-cookie', async () => {
      // Same-origin fetch sends the refresh cookie by itself; JavaScript never sees it
      const res = await fetch('/auth/refresh', { method: 'POST' })
      if (!res.ok) throw new Error('Not logged in')
      accessToken = (await res.json()).accessToken
    })
    .finally(() => {
      refreshing = null
    })
  return refreshing
}

export async function api(path, options = {}) {
  if (!accessToken) await refreshAccessToken()
  const sent = accessToken
  const send = () =>
    fetch(path, {
      ...options,
      headers: { ...options.headers, Authorization: `Bearer ${accessToken}` },
    })
  let res = await send()
  if (res.status === 401) {
    // Expired: refresh, unless another call already did while this one was on the way
    if (accessToken === sent) await refreshAccessToken()
    res = await send()
  }
  return res
}
// #endregion api
