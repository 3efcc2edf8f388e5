/** A claim timeline's facts and English labels, as the server hands them to the widget. */
export const timelineFacts = {
  id: 't',
  iat: 1_700_000_000,
  exp: 1_700_000_600,
  locale: 'en',
  labels: {
    slider: 'Clock',
    now: 'Now: {time}',
    before: 'Not yet valid',
    valid: 'Valid',
    expired: 'Expired',
    iat: 'Issued',
    nbf: 'Not before',
    exp: 'Expires',
  },
}
