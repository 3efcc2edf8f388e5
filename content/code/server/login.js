import { app } from './app.js'

// #region login
import { hash, verify } from '@node-rs/argon2'
import jwt from 'jsonwebtoken'
import { db } from './db.js'
import { requireAuth } from './require-auth.js'

// Checked when the email is unknown, so both failures take the same time
const dummyHash = await hash('not-a-real-password')

app.post('/login', async (req, res) => {
  const { email, password } = req.body ?? {}
  if (typeof email !== 'string' || typeof password !== 'string') {
    return res.status(400).json({ error: 'Email and password are required' })
  }

  const user = await db.users.findByEmail(email.trim().toLowerCase())
  const passwordOk = await verify(user?.passwordHash ?? dummyHash, password)
  if (!user || !passwordOk) {
    // One answer for "no such user" and "wrong password"
    return res.status(401).json({ error: 'Wrong email or password' })
  }

  const accessToken = jwt.sign({ name: user.name }, process.env.JWT_SECRET, {
    algorithm: 'HS256',
    subject: String(user.id),
    expiresIn: '15m',
    issuer: 'https://api.example.com',
    audience: 'https://app.example.com',
  })
  res.set('Cache-Control', 'no-store')
  res.json({ accessToken, tokenType: 'Bearer', expiresIn: 900 })
})

app.get('/protected', requireAuth, (req, res) => {
  res.json({ message: `Hello, user ${req.user.id}` })
})
// #endregion login
