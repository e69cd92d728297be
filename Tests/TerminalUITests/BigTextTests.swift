import TerminalUI
import Testing

@Suite struct BigTextTests {
    static let crockford = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    let code = "7Q3M-8K2D-XJ4F-9TNB-C5VR"

    @Test func verificationCodeFitsEightyColumnsInTwoGlyphLines() {
        let big = BigText(text: code)
        #expect(big.glyphLines(forWidth: 80) == ["7Q3M-8K2D-XJ4F", "9TNB-C5VR"])
        #expect(big.requiredSize(forWidth: 80) == Size(width: 55, height: 11))
        let grid = renderedGrid(big, width: 80, height: 11)
        // Drawn into all 80 columns, the glyphs take exactly the 55 that `requiredSize` claims.
        #expect(grid.lines().map(\.count).max() == 55)
        #expect(grid[Point(column: 0, row: 0)].style == .bigCode)
    }

    @Test func stillTwoGlyphLinesAtTheSixtyColumnMinimum() {
        #expect(BigText(text: code).glyphLines(forWidth: 60).count == 2)
        #expect(BigText(text: code).glyphLines(forWidth: 54).count == 3)
    }

    @Test func rendersAsExpected() {
        #expect(
            BigText(text: "A1-Z").renderedRows(forWidth: 80) == [
                " #   #      ###",
                "# # ##        #",
                "###  #  ###  # ",
                "# #  #      #  ",
                "# # ###     ###",
            ])
    }

    @Test func everyCrockfordCharacterHasItsOwnGlyph() {
        var seen: [[String]: Character] = [:]
        let unknown = BigText(text: "?").renderedRows(forWidth: 10)
        for character in Self.crockford + ["-"] {
            let rows = BigText(text: String(character)).renderedRows(forWidth: 10)
            #expect(rows.count == BigText.glyphHeight)
            #expect(rows.allSatisfy { $0.count == 3 })
            #expect(rows.joined().contains("#"))
            #expect(rows != unknown, "\(character) has no glyph")
            #expect(
                seen[rows] == nil, "\(character) looks like \(seen[rows].map(String.init) ?? "")")
            seen[rows] = character
        }
        #expect(
            BigText(text: "abc").renderedRows(forWidth: 20)
                == BigText(text: "ABC").renderedRows(forWidth: 20))
    }

    @Test func lettersOutsideCrockfordShowTheUnknownGlyph() {
        #expect(
            BigText(text: "I").renderedRows(forWidth: 10)
                == BigText(text: "?").renderedRows(forWidth: 10))
    }
}
