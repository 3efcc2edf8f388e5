import { PREVIOUS_REFRESH_COOKIE, previousRefreshCookie, refreshWith } from '@/lib/auth'
import { ApiError, assertSameOrigin, handle, isHttps, readCookie } from '@/lib/http'

/**
 * POST /api/demo/replay-refresh: the demo page's attacker. It presents the refresh token that the
 * last rotation spent (kept in an HttpOnly cookie only /api/demo receives) to the same rotation
 * logic as /api/auth/refresh, so the learner sees 401 REFRESH_TOKEN_REUSED and the family revoked.
 * The real refresh cookie is left alone, as a thief's replay would leave the victim's.
 */
export const POST = handle(async (req) => {
  assertSameOrigin(req)
  const previous = readCookie(req, PREVIOUS_REFRESH_COOKIE)
  if (!previous) {
    throw new ApiError('REFRESH_TOKEN_MISSING', 'No spent refresh token is kept: refresh first.')
  }
  try {
    return await refreshWith(req, previous)
  } catch (error) {
    // Replayed once, the spent token has shown what it can: drop it.
    if (error instanceof ApiError) {
      error.headers['Set-Cookie'] = previousRefreshCookie('', { secure: isHttps(req) })
    }
    throw error
  }
})
