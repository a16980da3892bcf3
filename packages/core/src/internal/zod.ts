/**
 * zod/mini, as every core module imports it: the schemas are zod/mini schemas (a browser bundle
 * keeps only the parts of zod it uses), with zod's English messages. zod classic registers its
 * English locale when it builds its first schema; zod/mini registers none (its messages would
 * read "Invalid input"), so this module does what classic did: English, unless the app already
 * chose a locale (`z.config(z.locales.xx())`) or an error map of its own.
 */
import * as z from "zod/mini"
import en from "zod/v4/locales/en.js"

export * from "zod/mini"

if (!z.config().localeError) z.config(en())
