/**
 * The watcher's parsers: durations (`--every`) and change targets (`--on-change`), each with
 * the error a user sees for a bad value.
 */
import { describe, expect, it } from "vitest"
import { isRareEarthError } from "../../Errors.ts"
import { parseChangeTarget } from "./Delivery.ts"
import { formatDuration, parseDuration } from "./Duration.ts"

describe("parseDuration", () => {
  it.each([
    ["30s", 30_000],
    ["5m", 300_000],
    ["1h", 3_600_000],
    ["1h30m", 5_400_000],
    ["250ms", 250],
    [" 2D ", 172_800_000],
  ])("reads %j", (text, milliseconds) => {
    expect(parseDuration(text)).toBe(milliseconds)
    expect(parseDuration(formatDuration(milliseconds))).toBe(milliseconds)
  })

  it.each(["", "5", "5x", "1.5h", "-5m", "0s", "5 m", "m5"])(
    "refuses %j, naming it and the valid forms",
    (text) => {
      let error: unknown
      try {
        parseDuration(text)
      } catch (caught) {
        error = caught
      }
      expect(isRareEarthError(error)).toBe(true)
      expect((error as Error).message).toContain(`Invalid duration ${JSON.stringify(text)}`)
      expect((error as Error).message).toContain("e.g. 30s, 5m, 1h")
    },
  )
})

describe("parseChangeTarget", () => {
  it.each([
    ["stdout", { kind: "stdout" }],
    [
      "https://hooks.example.com/x?a=1",
      { kind: "webhook", url: "https://hooks.example.com/x?a=1" },
    ],
    ["webhook http://127.0.0.1:9/hook", { kind: "webhook", url: "http://127.0.0.1:9/hook" }],
    ["webhook:http://127.0.0.1:9/hook", { kind: "webhook", url: "http://127.0.0.1:9/hook" }],
    ["command ./notify.sh --all", { kind: "command", command: "./notify.sh --all" }],
    ["command:cat >> events.ndjson", { kind: "command", command: "cat >> events.ndjson" }],
  ])("reads %j", (text, target) => {
    expect(parseChangeTarget(text)).toEqual(target)
  })

  it.each(["email me", "webhook ftp://x", "webhook", "", "http:/broken"])(
    "refuses %j with the valid forms",
    (text) => {
      expect(() => parseChangeTarget(text)).toThrow(
        /Invalid change target .*expected stdout, a webhook URL/,
      )
    },
  )
})
