/** @module The shield beside the privacy pledge (footer, playground); decorative. */
export function ShieldIcon({ size }: { size: number }) {
  return (
    <svg
      viewBox="0 0 20 20"
      width={size}
      height={size}
      aria-hidden="true"
      className="mt-0.5 shrink-0"
    >
      <path
        fill="currentColor"
        d="M10 1.5 3 4.3v5c0 4.3 3 8.2 7 9.2 4-1 7-4.9 7-9.2v-5L10 1.5Zm-1 12.1L5.6 10.2l1.3-1.3L9 11l4.1-4.1 1.3 1.3L9 13.6Z"
      />
    </svg>
  )
}
