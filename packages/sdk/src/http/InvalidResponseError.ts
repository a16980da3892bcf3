/**
 * The error of a remote source whose answer cannot be used; defined with the other SDK errors.
 * @since 0.2.0
 */
export { InvalidResponseError } from "../Errors.ts"
