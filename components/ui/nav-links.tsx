'use client'
/** @module The main navigation; marks the section the reader is in with aria-current. */
import { usePathname } from 'next/navigation'

export type NavItem = { href: string; label: string }

/** `items` carry localized hrefs (`/en/learn`); the current section gets aria-current="page". */
export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname()
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-1 sm:gap-2">
        {items.map((item) => {
          const active = pathname === item.href || pathname.startsWith(item.href + '/')
          return (
            <li key={item.href}>
              <a
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className="rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-[current=page]:bg-indigo-50 aria-[current=page]:text-indigo-800 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-[current=page]:bg-indigo-950 dark:aria-[current=page]:text-indigo-200"
              >
                {item.label}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
