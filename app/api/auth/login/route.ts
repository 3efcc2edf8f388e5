import { LoginBody, login } from '@/lib/auth'
import { handle, parseJson } from '@/lib/http'

export const POST = handle(async (req) => login(req, await parseJson(req, LoginBody)))
