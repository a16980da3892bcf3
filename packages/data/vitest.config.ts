import { withBase } from "@rareearth/vitest-config"

export default withBase()
