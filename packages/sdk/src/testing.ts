/**
 * @rareearth/sdk/testing: a source over fixed in-memory data, for downstream tests without network.
 * @since 0.1.0
 */
export {}
