'use client'
import { ErrorFallback } from '@/components/ui/error-fallback'

export default function ErrorBoundary({ reset }: { error: Error; reset: () => void }) {
  return <ErrorFallback reset={reset} />
}
