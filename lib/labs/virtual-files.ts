/**
 * @module The kid-traversal lab's file system: a few paths in memory. Nothing here (or anywhere in
 * lib/labs, which ESLint keeps free of `fs`) reads the real disk, so `../../../../etc/passwd`
 * finds nothing.
 */

/** Where the lab's HMAC keys "live". */
export const KEY_FOLDER = '/srv/lab/keys'

/** Files every instance's tree has: /dev/null reads as empty, as on any Unix system. */
const SYSTEM_FILES: Readonly<Record<string, string>> = {
  '/dev/null': '',
}

/** An instance's tree: the system files and its key files (name → content). */
export function fileTree(keyFiles: Record<string, string>): ReadonlyMap<string, string> {
  return new Map([
    ...Object.entries(SYSTEM_FILES),
    ...Object.entries(keyFiles).map(
      ([name, content]) => [`${KEY_FOLDER}/${name}`, content] as const,
    ),
  ])
}
