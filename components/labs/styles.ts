/** @module The lab pages' form styles, shared by the workbench and the cracker. */

export const INPUT =
  'w-full rounded-md border border-zinc-300 bg-white px-2 py-1.5 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-950'
// Dark: indigo-400 under zinc-950 text, 7:1 (indigo-500 was 4.34:1, below WCAG AA).
export const PRIMARY_BUTTON =
  'rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-800 disabled:opacity-50 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300'
export const SECONDARY_BUTTON =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800'
