/**
 * @module The token a learner meets first in the playground: valid now (its `exp` is in 2100),
 * so the first verdict is green. The site's expired example (components/home/example-token, with
 * the same claims and an `exp` in 2024) stays a click away.
 */

/** The secret both examples are signed with; public on purpose, the lessons reveal it too. */
export const EXAMPLE_SECRET = 'a-string-secret-at-least-256-bits-long'

/** HS256 over `{"sub":"42","name":"Ada Lovelace","admin":false,"iat":1732492800,"exp":4102444800}`. */
export const VALID_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiIsIm5hbWUiOiJBZGEgTG92ZWxhY2UiLCJhZG1pbiI6ZmFsc2UsImlhdCI6MTczMjQ5MjgwMCwiZXhwIjo0MTAyNDQ0ODAwfQ.HUheI0QS8m23AGvBnzdL97LBzGsGW2IES1_Qe5TbY34'
