/**
 * @module The seed-style Express + jsonwebtoken version of each demo step, the one the lessons
 * start from, shown beside our server's code (./server-code, read from the files that run).
 * Highlighted at build time on the server.
 */
import type { RouteStep } from './exchange'

export interface CodeSample {
  ours: string
  seed: string
}

export const SEED_SAMPLES: Record<RouteStep, string> = {
  register: `const users = []

app.post('/register', async (req, res) => {
  const { email, password } = req.body
  const hashed = await bcrypt.hash(password, 10)
  users.push({ id: users.length + 1, email, password: hashed })
  res.json({ message: 'User registered' })
})`,
  login: `app.post('/login', async (req, res) => {
  const { email, password } = req.body
  const user = users.find((u) => u.email === email)
  if (!user) return res.status(404).json({ message: 'User not found' })
  const ok = await bcrypt.compare(password, user.password)
  if (!ok) return res.status(401).json({ message: 'Wrong password' })

  const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET)
  res.json({ token })
})`,
  me: `function auth(req, res, next) {
  const token = req.headers.authorization   // "Bearer eyJ…" or just "eyJ…"?
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET)
    next()
  } catch (err) {
    res.status(500).json({ message: err.message })
  }
}

app.get('/protected', auth, (req, res) => {
  res.json({ user: req.user })
})`,
  refresh: `let refreshTokens = []   // filled at login; the client keeps its copy in localStorage

app.post('/token', (req, res) => {
  const { token } = req.body
  if (!refreshTokens.includes(token)) return res.sendStatus(403)
  jwt.verify(token, process.env.REFRESH_SECRET, (err, user) => {
    if (err) return res.sendStatus(403)
    const accessToken = jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' })
    res.json({ accessToken })
  })
})`,
  replay: `// The attacker copied the refresh token out of localStorage (one XSS is enough)
// and sends it from anywhere, as often as they like:
fetch('https://api.example.com/token', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ token: stolenRefreshToken }),
})
// → 200 { accessToken } every time: the token is still in refreshTokens.`,
  logout: `app.delete('/logout', (req, res) => {
  refreshTokens = refreshTokens.filter((t) => t !== req.body.token)
  res.sendStatus(204)
})

// In the browser:
localStorage.removeItem('token') // the access token has no exp: a copy works forever`,
}
