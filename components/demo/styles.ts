/** @module Tailwind class strings shared by the demo's controls. */
export const input =
  'w-full rounded-md border border-zinc-300 bg-white px-2.5 py-1.5 text-sm dark:border-zinc-700 dark:bg-zinc-900'
export const button =
  'rounded-lg px-3 py-2 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50'
export const primary = `${button} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`
export const secondary = `${button} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`
export const panel = 'space-y-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800'
