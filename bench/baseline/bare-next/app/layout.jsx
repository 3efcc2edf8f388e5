// The yardstick: the smallest Next 16 App Router page, built with the same Next as the site.
export const metadata = { title: 'Bare Next.js page' }

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
