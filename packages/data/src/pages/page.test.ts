import { describe, expect, it } from "vitest"
import { Pages } from "../pages.ts"
import { Sources } from "../sources.ts"
import { described, hostOf, pages, spelled, titled, titleOf } from "./page.ts"

describe("the page builders", () => {
  it("spell a title from the address's last segment, and the publisher from its host", () => {
    expect(titleOf("https://x.org/2024/05/dod-releases-final-rule_on-magnets/")).toBe(
      "Dod releases final rule on magnets",
    )
    expect(titleOf("https://udn.com/news/story/7333/9265203.html")).toBe("9265203")
    expect(hostOf("https://www.argusmedia.com/en/news")).toBe("argusmedia.com")
    expect(hostOf("https://news.metal.com/a")).toBe("news.metal.com")
  })

  it("build each kind of page, its id its key, a given source kept as it is", () => {
    const table = pages({
      a: spelled("https://www.example.org/rare-earths-rise"),
      b: titled("https://example.org/%5bsmm%5d-prices", "[SMM] prices", "SMM"),
      c: described("https://example.org/?p=1", "US-01"),
      d: Sources.seedArticle,
    })
    expect(table).toStrictEqual({
      a: {
        id: "a",
        title: "Rare earths rise",
        publisher: "example.org",
        url: "https://www.example.org/rare-earths-rise",
        note: "Title as the page's address spells it.",
      },
      b: {
        id: "b",
        title: "[SMM] prices",
        publisher: "SMM",
        url: "https://example.org/%5bsmm%5d-prices",
        note: "Title as the page's address spells it.",
      },
      c: {
        id: "c",
        title: "example.org page cited for US-01",
        publisher: "example.org",
        url: "https://example.org/?p=1",
        note: "Title describes the page (its headline was not recorded).",
      },
      d: Sources.seedArticle,
    })
    expect(table.d).toBe(Sources.seedArticle)
  })

  it("give every page of Pages its key as its id (but a page already in Sources or the supply sources)", () => {
    const renamed = Object.entries(Pages).filter(([key, page]) => page.id !== key)
    expect(renamed.map(([key]) => key)).toEqual(["docslib-10507567", "adamasintel-2024"])
  })
})
