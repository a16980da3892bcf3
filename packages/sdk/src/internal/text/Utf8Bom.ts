/** Whether `bytes` start with the UTF-8 byte order mark (EF BB BF), which a reader skips. */
export const startsWithUtf8Bom = (bytes: Uint8Array): boolean =>
  bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
