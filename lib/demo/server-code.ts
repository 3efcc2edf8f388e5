import 'server-only'

/**
 * @module The demo's "our server" panels, read from the files that run: for each step, its route
 * file and the named functions it calls, sliced out of the source when the page is rendered (at
 * build time: the demo page is static). A renamed or removed function fails the build instead of
 * leaving a stale copy on the page.
 */
import { readExcerpts, type SourceExcerpt } from '@/lib/source-code/excerpt'
import type { RouteStep } from './exchange'

// The slicer moved to lib/source-code (the labs use it too); these names stay importable here.
export {
  excerptCode,
  functionSource,
  withoutImports,
  type SourceExcerpt,
} from '@/lib/source-code/excerpt'

export const SERVER_CODE: Record<RouteStep, readonly SourceExcerpt[]> = {
  register: [
    { file: 'app/api/auth/register/route.ts' },
    { file: 'lib/auth/service.ts', names: ['register', 'passwordWeakness'] },
  ],
  login: [
    { file: 'app/api/auth/login/route.ts' },
    { file: 'lib/auth/service.ts', names: ['login'] },
    { file: 'lib/http/auth-responses.ts', names: ['sessionResponse'] },
  ],
  me: [
    { file: 'app/api/me/route.ts' },
    { file: 'lib/auth/service.ts', names: ['me'] },
    { file: 'lib/http/auth-responses.ts', names: ['meResponse'] },
  ],
  refresh: [
    { file: 'app/api/auth/refresh/route.ts' },
    { file: 'lib/auth/service.ts', names: ['refresh', 'rotate'] },
    { file: 'lib/auth/refresh-token.ts', names: ['rotateRefreshToken'] },
    { file: 'lib/http/auth-responses.ts', names: ['refreshResponse'] },
  ],
  replay: [
    { file: 'app/api/demo/replay-refresh/route.ts' },
    { file: 'lib/auth/service.ts', names: ['replayRefresh'] },
    { file: 'lib/http/auth-responses.ts', names: ['replayResponse'] },
  ],
  logout: [
    { file: 'app/api/auth/logout/route.ts' },
    { file: 'lib/auth/service.ts', names: ['logout'] },
    { file: 'lib/http/auth-responses.ts', names: ['logoutResponse'] },
  ],
}

/** The "our server" panel of a step, read from the repository at `root`. */
export function serverCode(step: RouteStep, root = process.cwd()): string {
  return readExcerpts(SERVER_CODE[step], root)
}
