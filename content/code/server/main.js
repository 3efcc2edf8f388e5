// The example app, whole: the Express instance and every route the lessons show.
import { app } from './app.js'
import './login.js'
import './refresh.js'

export { app }
export { db } from './db.js'
export { startSession } from './refresh.js'
