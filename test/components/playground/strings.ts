import en from '@/content/messages/en.json'
import zh from '@/content/messages/zh-CN.json'
import { playgroundStrings, type PlaygroundStrings } from '@/components/playground/strings'

// Exactly what the page sends, so a leaf that reads a string the page keeps to itself fails here.
export const enStrings: PlaygroundStrings = playgroundStrings(en)
export const zhStrings = playgroundStrings(zh as unknown as typeof en)
