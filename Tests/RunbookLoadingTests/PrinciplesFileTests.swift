import RunbookLoading
import RunbookModel
import Testing

@Suite("First-principles file")
struct PrinciplesFileTests {
    @Test func principlesFeedTheLibrary() throws {
        let workspace = try TestWorkspace()
        try workspace.write(
            "principles.yaml",
            """
            format: 1
            langs: [ja, en]
            principles:
              - {ja: LANケーブルを抜く。電源は切らない。, en: Pull the cable. Do not power off.}
              - {ja: 一人で抱え込まない, en: Do not handle it alone}
            """)
        let result = workspace.load()
        #expect(result.diagnostics == [])
        #expect(
            result.library.firstPrinciples == [
                LocalizedText([
                    "ja": "LANケーブルを抜く。電源は切らない。", "en": "Pull the cable. Do not power off.",
                ]),
                LocalizedText(["ja": "一人で抱え込まない", "en": "Do not handle it alone"]),
            ])
    }

    @Test func principlesNeedAtLeastOneAndEveryDeclaredLanguage() throws {
        let workspace = try TestWorkspace()
        try workspace.write("empty.yaml", "format: 1\nprinciples: []\n")
        try workspace.write(
            "partial.yaml",
            """
            format: 1
            langs: [ja, en]
            principles:
              - 英訳なし
            """)
        let result = workspace.load()
        #expect(
            result.diagnostics.map(Found.init) == [
                Found(2, 13, .noPrinciples),
                Found(4, 5, .missingTranslation(languages: ["en"])),
            ])
    }
}
