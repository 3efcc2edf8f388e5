import 'server-only'

/**
 * @module A short list of the most common passwords (from public breach-corpus top lists),
 * refused at registration. A real service would check a large list or Have I Been Pwned.
 */
const COMMON_PASSWORDS = new Set(
  `
  12345678 123456789 1234567890 12345678910 87654321 11111111 00000000 123123123 11223344
  12341234 1q2w3e4r 1qaz2wsx qwertyui qwertyuiop qwerty123 qwerty12 asdfghjk asdfasdf
  zxcvbnm1 password password1 password12 password123 passw0rd p@ssw0rd p@ssword iloveyou
  iloveyou1 sunshine princess football baseball welcome1 welcome123 superman abc12345
  abcd1234 abcdefgh letmein1 trustno1 whatever starwars dragon12 computer michelle jennifer
  corvette mercedes internet changeme admin123 administrator secret123 master12 football1
  monkey12 shadow12 charlie1 jordan23 liverpool chelsea1 pokemon1 samsung1 qazwsxedc
  q1w2e3r4 a1b2c3d4 aa123456 zaq12wsx test1234 testtest secret12 hello123 whatever1
  mypassword loveyou1 summer2024 winter2024 woaini1314 5201314520 a123456789 qq123456
  wang1234 zhang123 li123456 88888888 66666666 99999999 12344321 147258369 123qweasd
  qweasdzxc jwtsecret jwt_secret secretkey supersecret your-256-bit-secret
`
    .split(/\s+/)
    .filter(Boolean),
)

/** True for a password on the list, compared case-insensitively. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase())
}
