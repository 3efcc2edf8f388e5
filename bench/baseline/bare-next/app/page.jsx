export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
      <p>A bare Next.js page, measured beside the site as a yardstick.</p>
    </main>
  )
}
