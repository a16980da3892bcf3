/**
 * Reads a file as UTF-8 text, chunk by chunk (a 1 GB file is never one string). A UTF-8 byte
 * order mark is stripped; UTF-16/UTF-32 files and invalid UTF-8 are refused with the line and
 * byte offset of the problem, and a hint on how to fix it.
 * @internal
 */
import { isUtf8 } from "node:buffer"
import { closeSync, createReadStream, openSync, readSync } from "node:fs"
import { open } from "node:fs/promises"

import { FileProblem } from "../../internal/text/FileProblem.ts"
import { startsWithUtf8Bom } from "../../internal/text/Utf8Bom.ts"

export { FileProblem }

const CHUNK_BYTES = 1 << 20

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else {
      return i
    }
    let code = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      // A sequence cut by the end of the buffer is not (yet) invalid: more bytes may follow.
      if (i + k >= n) return -1
      const c = bytes[i + k]!
      if ((c & 0xc0) !== 0x80) return i
      code = (code << 6) | (c & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** Newlines in the file before a byte offset: only on the error path, so the file is read again. */
const linesBefore = (path: string, end: number): number => {
  const fd = openSync(path, "r")
  try {
    const buffer = new Uint8Array(CHUNK_BYTES)
    let lines = 0
    let position = 0
    while (position < end) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, end - position), position)
      if (read <= 0) break
      lines += countNewlines(buffer, read)
      position += read
    }
    return lines
  } finally {
    closeSync(fd)
  }
}

const countNewlines = (bytes: Uint8Array, end: number): number => {
  let lines = 0
  let at = bytes.indexOf(10)
  while (at >= 0 && at < end) {
    lines++
    at = bytes.indexOf(10, at + 1)
  }
  return lines
}

/** Checks the first bytes of a file for UTF-16/UTF-32 byte order marks and NUL bytes. */
const checkStart = (bytes: Uint8Array): void => {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    throw new FileProblem(
      `The file is UTF-16 encoded (byte order mark ${bytes[0] === 0xff ? "FF FE" : "FE FF"} at byte 0): expected UTF-8. Re-save it as "CSV UTF-8" (Excel) or convert it, e.g. \`iconv -f UTF-16 -t UTF-8\`.`,
      1,
    )
  }
  if (
    bytes.length >= 4 &&
    bytes[0] === 0 &&
    bytes[1] === 0 &&
    bytes[2] === 0xfe &&
    bytes[3] === 0xff
  ) {
    throw new FileProblem(
      "The file is UTF-32 encoded (byte order mark at byte 0): expected UTF-8.",
      1,
    )
  }
  const nul = bytes.subarray(0, 4096).indexOf(0)
  if (nul >= 0) {
    const line = countNewlines(bytes, nul) + 1
    throw new FileProblem(
      `The file contains a NUL byte at byte offset ${nul} (line ${line}): it looks UTF-16 encoded without a byte order mark, or binary; expected UTF-8 text.`,
      line,
    )
  }
}

const invalidUtf8 = (
  path: string,
  offset: number,
  bytes: Uint8Array,
  index: number,
): FileProblem => {
  const line = linesBefore(path, offset + index) + 1
  return new FileProblem(
    `Invalid UTF-8 at line ${line} (byte offset ${offset + index}, byte 0x${(bytes[index] ?? 0).toString(16).toUpperCase().padStart(2, "0")}): expected UTF-8 text. The file is probably Latin-1 or Windows-1252; re-save it as UTF-8 (e.g. \`iconv -f WINDOWS-1252 -t UTF-8\`).`,
    line,
  )
}

/**
 * Whether a file's first bytes end their first line with a lone CR (classic Mac OS line endings):
 * such a file is read with each CR as a line feed, so that its rows and line numbers come out as
 * in the same file with LF endings.
 */
const endsLinesWithLoneCr = (bytes: Uint8Array): boolean => {
  const cr = bytes.indexOf(13)
  if (cr < 0 || cr + 1 >= bytes.length || bytes[cr + 1] === 10) return false
  const lf = bytes.indexOf(10)
  return lf < 0 || cr < lf
}

/** Replaces every CR byte by a line feed, in place. */
const crToLf = (bytes: Uint8Array): void => {
  for (let i = bytes.indexOf(13); i >= 0; i = bytes.indexOf(13, i + 1)) bytes[i] = 10
}

const isBlank = (bytes: Uint8Array): boolean => {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]
    if (b !== 32 && b !== 10 && b !== 13 && b !== 9) return false
  }
  return true
}

/** Node's AbortError (as a stream given the signal throws it), the signal's reason its cause. */
const throwIfAborted = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted !== true) return
  throw Object.assign(new Error("The operation was aborted", { cause: signal.reason }), {
    name: "AbortError",
    code: "ABORT_ERR",
  })
}

/** A byte range of a file: `[start, end)`; no end: to the end of the file. @internal */
export interface ByteRange {
  readonly start: number
  readonly end?: number | undefined
}

/**
 * Whether a file starting with `bytes` reads as plain UTF-8 lines ending in LF or CRLF (no
 * UTF-16/32 mark, no NUL, no lone-CR line ends): then the file can be cut at any line feed and
 * each part read on its own (the parallel import).
 * @internal
 */
export const startsPlainUtf8 = (bytes: Uint8Array): boolean => {
  try {
    checkStart(bytes)
  } catch {
    return false
  }
  return !endsLinesWithLoneCr(bytes)
}

/**
 * Yields the file's bytes in chunks of whole lines (each chunk but the last ends with a line
 * feed), validated as UTF-8 without decoding them; a UTF-8 byte order mark is dropped. Throws
 * FileProblem on an empty file, a UTF-16/32 file, or invalid UTF-8 (naming the line and byte
 * offset). A line feed never occurs inside a UTF-8 sequence, so cutting at one is safe.
 * With a `range` (cut after a line feed), only those bytes are read; one that does not start
 * the file skips the checks of the file's start. A chunk is valid until the next one is asked
 * for (its memory is reused): copy what you keep.
 * @internal
 */
export async function* readUtf8Chunks(
  path: string,
  signal?: AbortSignal,
  range?: ByteRange,
): AsyncGenerator<Uint8Array> {
  const start = range?.start ?? 0
  const stop = range?.end ?? Number.POSITIVE_INFINITY
  throwIfAborted(signal)
  const file = await open(path, "r")
  try {
    // Two buffers for the whole file, read into again once the caller is done with a chunk: a
    // fresh buffer per chunk would have the garbage collector run for the memory outside its
    // heap. While the caller works on one buffer's lines, the next bytes are read into the other
    // (the read runs on libuv's thread pool), so that reading overlaps validating.
    let buffer = new Uint8Array(CHUNK_BYTES)
    let spare = new Uint8Array(CHUNK_BYTES)
    /** Bytes of an unfinished line at the start of `buffer`. */
    let held = 0
    /** File offset of `buffer[0]`, and of the next read. */
    let offset = start
    let position = start
    /** A read into `buffer` after `held`, of the bytes at `position`, started before a yield. */
    let ahead: Promise<number> | null = null
    // A range after the file's start skips the checks of the file's first bytes and of its text.
    let first = start === 0
    let sawText = start > 0
    let loneCr = false
    try {
      for (;;) {
        throwIfAborted(signal)
        if (held === buffer.length) {
          const larger = new Uint8Array(buffer.length * 2)
          larger.set(buffer)
          buffer = larger
        }
        const wanted = Math.min(buffer.length - held, stop - position)
        let read: number
        if (ahead !== null) {
          read = await ahead
          ahead = null
        } else {
          read = wanted <= 0 ? 0 : (await file.read(buffer, held, wanted, position)).bytesRead
        }
        if (read === 0) break
        position += read
        let fresh = buffer.subarray(held, held + read)
        if (first) {
          first = false
          checkStart(fresh)
          loneCr = endsLinesWithLoneCr(fresh)
          if (startsWithUtf8Bom(fresh)) {
            buffer.copyWithin(0, 3, read)
            fresh = buffer.subarray(0, read - 3)
            offset = 3
          }
        }
        if (loneCr) crToLf(fresh)
        const filled = held + fresh.length
        const cut = buffer.lastIndexOf(10, filled - 1) + 1
        if (cut === 0) {
          held = filled
          continue
        }
        const whole = buffer.subarray(0, cut)
        if (!isUtf8(whole))
          throw invalidUtf8(path, offset, whole, Math.max(0, firstInvalidUtf8(whole)))
        if (!sawText && !isBlank(whole)) sawText = true
        // The unfinished line goes to the front of the other buffer, the next bytes after it.
        if (spare.length !== buffer.length) spare = new Uint8Array(buffer.length)
        const next = spare
        next.set(buffer.subarray(cut, filled))
        held = filled - cut
        const more = Math.min(next.length - held, stop - position)
        if (more > 0) {
          ahead = file.read(next, held, more, position).then((result) => result.bytesRead)
          // Handled here so that a failed read is not reported as unhandled while the caller
          // works; it is thrown where it is awaited.
          ahead.catch(() => {})
        }
        yield whole
        spare = buffer
        buffer = next
        offset += cut
      }
    } finally {
      // A read still running into a buffer must end before the file is closed.
      if (ahead !== null) await ahead.catch(() => 0)
    }
    if (held > 0) {
      const pending = buffer.subarray(0, held)
      if (!isUtf8(pending)) {
        const index = firstInvalidUtf8(pending)
        if (index < 0) {
          throw new FileProblem(
            `Invalid UTF-8 at the end of the file (byte offset ${offset + pending.length}): the last character is cut off; expected UTF-8 text.`,
            linesBefore(path, offset) + 1,
          )
        }
        throw invalidUtf8(path, offset, pending, index)
      }
      if (!isBlank(pending)) sawText = true
      yield pending
    }
    if (!sawText) {
      throw new FileProblem(
        offset === 0 && first
          ? "The file is empty (0 bytes): expected a header line and rows of trade flows."
          : "The file holds only whitespace (or a byte order mark): expected a header line and rows of trade flows.",
        1,
      )
    }
  } finally {
    await file.close()
  }
}

/**
 * Yields the file's text in chunks. Throws FileProblem on an empty file, a UTF-16/32 file, or
 * invalid UTF-8 (naming the line and byte offset).
 * @internal
 */
export async function* readTextChunks(path: string, signal?: AbortSignal): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES, signal })
  // fatal: invalid bytes throw instead of becoming U+FFFD; ignoreBOM false: a UTF-8 BOM is stripped.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })
  let offset = 0
  let first = true
  let sawText = false
  let loneCr = false
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    if (first) {
      first = false
      checkStart(bytes)
      loneCr = endsLinesWithLoneCr(bytes)
    }
    if (loneCr) crToLf(bytes)
    let text: string
    try {
      text = decoder.decode(bytes, { stream: true })
    } catch {
      // The bad sequence may have started in the previous chunk: then point at this chunk's start.
      throw invalidUtf8(path, offset, bytes, Math.max(0, firstInvalidUtf8(bytes)))
    }
    offset += bytes.length
    if (text.length > 0) {
      if (!sawText && text.trim().length > 0) sawText = true
      yield text
    }
  }
  let tail: string
  try {
    tail = decoder.decode()
  } catch {
    throw new FileProblem(
      `Invalid UTF-8 at the end of the file (byte offset ${offset}): the last character is cut off; expected UTF-8 text.`,
      linesBefore(path, offset) + 1,
    )
  }
  if (tail.length > 0) {
    if (tail.trim().length > 0) sawText = true
    yield tail
  }
  if (!sawText) {
    throw new FileProblem(
      offset === 0
        ? "The file is empty (0 bytes): expected a header line and rows of trade flows."
        : "The file holds only whitespace (or a byte order mark): expected a header line and rows of trade flows.",
      1,
    )
  }
}
