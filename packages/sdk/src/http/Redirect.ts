/**
 * Which redirects a remote source follows. `fetch` follows redirects itself and keeps custom
 * headers across origins, so an API key in a header (Comtrade's `Ocp-Apim-Subscription-Key`)
 * would travel to wherever a `Location` points, in clear text after an https -> http redirect.
 * The remote client asks `fetch` for `redirect: "manual"` and follows a redirect only when this
 * rule allows it: same origin as the request the client was asked to make (scheme, host and
 * port), so never to another host and never from https to http, and at most
 * {@link MAX_REDIRECTS} hops. Node, Deno and Bun hand a manual redirect back with its
 * `Location`; a browser hides it (an "opaqueredirect" response), so there every redirect is
 * refused with an error that says so.
 * @since 0.2.0
 */

/** The most redirects one request follows. @category remote @since 0.2.0 */
export const MAX_REDIRECTS = 5

/** Whether a status is a redirect that carries a `Location` to follow. @category remote @since 0.2.0 */
export const isRedirectStatus = (status: number): boolean =>
  status === 301 || status === 302 || status === 303 || status === 307 || status === 308

/**
 * Why a redirect from `configured` (the origin the source was configured with) to `target`
 * must not be followed, or undefined when it may be.
 * @example
 * ```ts
 * redirectRefusal(new URL("https://comtradeapi.un.org/a"), new URL("https://comtradeapi.un.org/b")) // undefined
 * redirectRefusal(new URL("https://comtradeapi.un.org/a"), new URL("http://comtradeapi.un.org/a"))
 * // "it would downgrade from https to http"
 * ```
 * @category remote
 * @since 0.2.0
 */
export const redirectRefusal = (configured: URL, target: URL): string | undefined => {
  if (configured.protocol === "https:" && target.protocol !== "https:") {
    return `it would downgrade from https to ${target.protocol.replace(":", "")}`
  }
  if (target.origin !== configured.origin) {
    return `${target.origin} is another origin than the configured ${configured.origin}`
  }
  return undefined
}
