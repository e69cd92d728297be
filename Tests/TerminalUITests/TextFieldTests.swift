import TerminalUI
import Testing

@Suite struct TextFieldTests {
    @Test func editingJapaneseByGrapheme() {
        var field = TextFieldState()
        field.insert("こんにちは")
        #expect(field.cursorOffset == 5)
        #expect(field.cursorColumn == 10)
        field.moveLeft()
        field.moveLeft()
        field.deleteBackward()
        #expect(field.text == "こんちは")
        #expect(field.cursorOffset == 2)
        field.insert("A")
        #expect(field.text == "こんAちは")
        #expect(field.cursorColumn == 5)
        field.moveToStart()
        field.deleteForward()
        #expect(field.text == "んAちは")
        field.moveToEnd()
        let backspaceEdits = field.apply(.backspace)
        #expect(backspaceEdits)
        #expect(field.text == "んAち")
        #expect(field.cursorOffset == 3)
    }

    @Test func cursorStopsAtBothEnds() {
        var field = TextFieldState(text: "あい")
        field.moveRight()
        #expect(field.cursorOffset == 2)
        field.deleteForward()
        #expect(field.text == "あい")
        field.moveToStart()
        field.moveLeft()
        field.deleteBackward()
        #expect(field.text == "あい")
        #expect(field.cursorOffset == 0)
    }

    @Test func combiningMarksAndEmojiAreOneUnit() {
        var field = TextFieldState()
        field.insert("e")
        field.insert("\u{301}")
        #expect(field.text.count == 1)
        #expect(field.cursorOffset == 1)
        field.insert("👍🏻")
        field.deleteBackward()
        #expect(field.text == "e\u{301}")
        field.insert("か")
        field.insert("\u{3099}")
        #expect(field.text == "e\u{301}が" || field.text == "e\u{301}か\u{3099}")
        #expect(field.cursorOffset == 2)
    }

    @Test func controlsAreNotInsertedAndTheLimitHolds() {
        var field = TextFieldState(maximumLength: 3)
        field.insert("a\nb\u{7}")
        #expect(field.text == "ab")
        field.insert("あいう")
        #expect(field.text == "abあ")
        #expect(TextFieldState(text: "12345", maximumLength: 2).text == "12")
    }

    @Test func keysThatDoNotEditAreRefused() {
        var field = TextFieldState(text: "x")
        let enterEdits = field.apply(.enter)
        #expect(!enterEdits)
        let escapeEdits = field.apply(.escape)
        #expect(!escapeEdits)
        let upEdits = field.apply(.up)
        #expect(!upEdits)
        let characterEdits = field.apply(.character("y"))
        #expect(characterEdits)
        let homeEdits = field.apply(.home)
        #expect(homeEdits)
        #expect(field.cursorOffset == 0)
        let controlEEdits = field.apply(.ctrl("e"))
        #expect(controlEEdits)
        #expect(field.cursorOffset == 2)
        field.setText("新しい")
        #expect(field.cursorOffset == 3)
    }

    @Test func shortTextShowsFromTheStart() {
        let field = TextField(state: TextFieldState(text: "あいう"))
        let area = Rect(column: 2, row: 1, width: 10, height: 1)
        var grid = Grid(size: Size(width: 14, height: 3))
        field.draw(into: &grid, within: area)
        #expect(grid.lines() == ["", "  あいう", ""])
        #expect(field.cursorPosition(within: area) == Point(column: 8, row: 1))
        #expect(grid[Point(column: 11, row: 1)].style == .inputField)
        #expect(grid[Point(column: 12, row: 1)].style == .normal)
    }

    @Test func longTextScrollsToKeepTheCursorVisible() {
        let state = TextFieldState(text: "あいうえおかきく")
        let field = TextField(state: state)
        let grid = renderedGrid(field, width: 10, height: 1)
        #expect(grid.lines() == [" おかきく"])
        #expect(field.cursorPosition(within: grid.bounds) == Point(column: 9, row: 0))
        var atStart = state
        atStart.moveToStart()
        let startField = TextField(state: atStart)
        #expect(rendered(startField, width: 10, height: 1) == ["あいうえお"])
        #expect(startField.cursorPosition(within: grid.bounds) == .origin)
    }

    @Test func cursorIsAlwaysInsideTheFieldWhileEditing() {
        var state = TextFieldState()
        for character in "ランサムウェアabc初動対応：無線LAN" {
            state.insert(String(character))
            for width in 1...12 {
                let field = TextField(state: state)
                let area = Rect(column: 0, row: 0, width: width, height: 1)
                let cursor = field.cursorPosition(within: area)
                #expect(cursor.map { $0.column >= 0 && $0.column < width } == true)
                #expect(everyLineFills(renderedGrid(field, width: width, height: 1)))
            }
        }
    }

    @Test func emptyFieldShowsThePlaceholder() {
        let grid = renderedGrid(
            TextField(state: TextFieldState(), placeholder: "名前"), width: 8, height: 1)
        #expect(grid.lines() == ["名前"])
        #expect(grid[.origin].style.role == .muted)
    }
}
