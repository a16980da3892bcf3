import type { UserConfig } from "vitest/config"
export declare const base: UserConfig
export declare function withBase(overrides?: UserConfig): UserConfig
