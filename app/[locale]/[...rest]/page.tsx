import { notFound } from 'next/navigation'

// Any path under a known locale that no page claims renders the translated 404.
export default function CatchAllPage() {
  notFound()
}
