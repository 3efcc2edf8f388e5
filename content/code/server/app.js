// The example app's Express instance; main.js adds the routes the lessons show.
// #region app
import express from 'express'

export const app = express()
app.use(express.json())
// #endregion app

// Stands in for the cookie-parser middleware the lessons name (this repository does not install it)
app.use((req, _res, next) => {
  req.cookies = Object.fromEntries(
    (req.headers.cookie ?? '')
      .split(';')
      .map((pair) => pair.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeURIComponent(value.join('='))]),
  )
  next()
})
