// The yardstick for the API load test: the tutorial ("seed") version of the demo, an Express
// server with jsonwebtoken, POST /login and GET /protected. Dev dependencies only; never shipped.
// Its secret is random per start, so nothing forgeable is hard-coded even here.
import { randomBytes } from 'node:crypto'
import express from 'express'
import jwt from 'jsonwebtoken'

const secret = randomBytes(32)
const app = express()
app.use(express.json())

app.get('/', (_req, res) => res.send('ok'))

app.post('/login', (req, res) => {
  // The seeds compare a bcrypt hash here; the load test only measures /protected.
  const token = jwt.sign({ id: req.body?.id ?? 1 }, secret, { expiresIn: '1h', algorithm: 'HS256' })
  res.json({ token })
})

app.get('/protected', (req, res) => {
  const token = req.headers.authorization?.replace(/^Bearer /, '')
  try {
    const claims = jwt.verify(token ?? '', secret, { algorithms: ['HS256'] })
    res.json({ message: 'Welcome', claims })
  } catch {
    res.status(401).json({ error: 'invalid token' })
  }
})

app.listen(Number(process.env.PORT || 3999), '127.0.0.1')
