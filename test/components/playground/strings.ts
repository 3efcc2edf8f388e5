import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import type { PlaygroundStrings } from '@/components/playground/strings'

export const enStrings: PlaygroundStrings = { ...en.Playground, jwt: en.Jwt }
export const zhStrings = { ...zh.Playground, jwt: zh.Jwt } as unknown as PlaygroundStrings
