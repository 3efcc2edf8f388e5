import { RegisterBody, register } from '@/lib/auth'
import { handle, parseJson } from '@/lib/http'

export const POST = handle(async (req) => register(req, await parseJson(req, RegisterBody)))
