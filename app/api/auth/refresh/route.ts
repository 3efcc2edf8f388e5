import { refresh } from '@/lib/auth'
import { handle } from '@/lib/http'

export const POST = handle(refresh)
