// The API yardstick: the least a Next 16 route handler can do for GET /api/me, reading the
// Authorization header and answering JSON, so /api/me's load figures read against Next itself.
export function GET(request) {
  const authorization = request.headers.get('authorization') ?? ''
  return Response.json(
    { scheme: authorization.split(' ')[0] ?? '', length: authorization.length },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
