import Foundation
import Localization
import RunEngine
import RunbookModel
import ShodoTestSupport
import TerminalUI
import Testing

@testable import ShodoApp

/// At 80x24 and 60x18, in both languages: no working key missing from the key
/// lines, no text of a contact missing (after scrolling), and the current
/// runbook never cut from the location line.
@Suite struct NothingCutRenderTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 60, height: 18)]
    static let languages: [Language] = ["ja", "en"]

    static let longNote = FixtureRunbooks.text(
        "発見したらすぐ電話する（0分から15分）。伝えること：場所、気づいた時刻、画面やプリンタの様子、もうしたこと。パソコンの電源を切るかどうかを決める人（夜間）と、紙に切り替えることを決める人。いなければ事務当直に代わりを聞く。",
        "Call at once after discovery (0 to 15 minutes). Have ready: place, time noticed, what the screen or printer shows, what was done. Decides night shutdowns of the PCs and declares paper operation; if absent, ask the night clerk who stands in."
    )

    /// A contact step with a blank number and a long note, a second contact and a long body.
    static let library: RunbookLibrary = {
        let contacts = [
            Contact(
                id: "duty-manager",
                name: FixtureRunbooks.text("当直責任者（当直医・看護管理者）", "Night duty manager"),
                phones: ["内線 ____ (要記入 / fill in)", "院外から / from outside: ____ (要記入 / fill in)"],
                hours: "夜間・休日", notes: longNote),
            Contact(
                id: "it-oncall", name: FixtureRunbooks.text("情報システム当番", "IT on-call"),
                phones: ["内線 1234", "090-1234-5678"],
                hours: "24時間", notes: longNote),
        ]
        let body = FixtureRunbooks.text(
            "いま起きていることを伝えます。順番に電話して、通じたかどうかを記録してください。",
            "Tell them what is happening. Call in order and record whether each call got through.")
        let calls = Runbook(
            id: "calls", version: 1, title: FixtureRunbooks.text("連絡する", "Make the calls"),
            steps: [
                Step(
                    id: "call", kind: .contact(contactIDs: ["duty-manager", "it-oncall"]),
                    title: FixtureRunbooks.text(
                        "当直責任者と情報システム当番に電話する", "Call the duty manager and IT"), body: body,
                    why: FixtureRunbooks.text(
                        "だれかが判断しなければなりません。", "Somebody responsible must decide.")),
                Step(
                    id: "one", kind: .contact(contactIDs: ["duty-manager"]),
                    title: FixtureRunbooks.text("当直責任者に電話する", "Call the duty manager"), body: body),
                Step(
                    id: "end", kind: .end(.resolved), title: FixtureRunbooks.text("おわり", "Finished")
                ),
            ])
        return RunbookLibrary(
            runbooks: FixtureRunbooks.library.runbooks + [calls], contacts: contacts)
    }()

    /// The step screen state of `stepID` in `runbookID`, as the app would hold it.
    static func state(
        _ stepID: String, runbook runbookID: String = "calls", frames: [RunFrame]? = nil,
        language: Language,
        library: RunbookLibrary = library
    ) throws -> AppState {
        var run = FixtureRunbooks.newRun(RunbookID(runbookID), language: language)
        run.status = .running
        run.frames = frames ?? [RunFrame(runbookID: RunbookID(runbookID), stepID: StepID(stepID))]
        let presentation = try #require(RunStateMachine(library: library).presentation(of: run))
        var state = AppState(language: language, screen: .step)
        state.run = RunSnapshot(
            presentation: presentation, tally: StepTally(), status: .running, verificationCode: "",
            operatorName: "看護師A",
            journalPath: "/j", rootTitle: "T", startedAtMicroseconds: 0, waitSecondsLeft: nil,
            visit: 0)
        return state
    }

    static func lines(_ state: AppState, _ size: Size) -> [String] {
        AppRenderer.render(state, size: size).grid.lines()
    }

    /// Everything the body shows from top to bottom, scrolling like `PgDn`/`j`
    /// does, without the scroll-mark column; whitespace removed.
    static func scrolledText(_ state: AppState, _ size: Size) -> String {
        var state = state
        var seen = ""
        let last = StepScreen.maximumBodyFirstLine(state, size: size)
        for first in 0...last {
            state.stepView.bodyFirstLine = first
            for line in lines(state, size) {
                seen += TextTruncation.prefix(of: line, fittingIn: size.width - 2) + "\n"
            }
        }
        return squeezed(seen)
    }

    static func squeezed(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace })
    }

    @Test(arguments: sizes, languages)
    func aContactWithABlankNumberAndALongNoteLosesNothing(size: Size, language: Language) throws {
        for stepID in ["call", "one"] {
            let state = try Self.state(stepID, language: language)
            let step = try #require(state.run?.presentation)
            let shown = Self.scrolledText(state, size)
            #expect(!shown.contains("____"), "a blank shown as a number at \(size) \(language)")
            for contact in step.contacts {
                #expect(shown.contains(Self.squeezed(contact.name)), "\(contact.name) at \(size)")
                let notes = try #require(contact.notes)
                #expect(
                    shown.contains(Self.squeezed(notes)),
                    "the note of \(contact.id) cut at \(size) \(language)")
                if let hours = contact.hours { #expect(shown.contains(Self.squeezed(hours))) }
                for phone in contact.phones {
                    #expect(shown.contains(Self.squeezed(phone)), "\(phone) at \(size)")
                }
                if contact.phones.isEmpty {
                    let advice = try #require(contact.noNumberAdvice(language: language))
                    #expect(
                        shown.contains(Self.squeezed(advice)),
                        "no advice for \(contact.id) at \(size) \(language)")
                }
            }
            // The first screen says that more follows, and the key that shows it is on the key line.
            let first = Self.lines(state, size)
            if StepScreen.maximumBodyFirstLine(state, size: size) > 0 {
                #expect(first.contains { $0.hasSuffix("v") }, "no sign of more below at \(size)")
            }
            #expect(first.joined().contains(step.contacts.count > 1 ? "[PgUp/PgDn]" : "[j/k]"))
        }
    }

    @Test func pickingAContactScrollsItIntoView() throws {
        var state = try Self.state("call", language: "ja")
        let size = Size(width: 60, height: 18)
        state.stepView.selectedContact = 1
        state.stepView.bodyFirstLine = StepScreen.bodyFirstLine(
            showingContact: 1, state, size: size)
        let shown = Self.squeezed(
            Self.lines(state, size).map { TextTruncation.prefix(of: $0, fittingIn: size.width - 2) }
                .joined())
        #expect(shown.contains(Self.squeezed("> 2. 情報システム当番")))
        #expect(
            shown.contains(Self.squeezed(Self.longNote.resolved(preferred: "ja", fallback: "ja"))),
            "the picked contact is not shown whole")
    }

    @Test(arguments: sizes, languages)
    func theLocationLineKeepsTheCurrentRunbookWholeAndAbbreviatesTheMiddle(
        size: Size, language: Language
    ) throws {
        func titled(_ runbook: Runbook, _ ja: String, _ en: String) -> Runbook {
            var copy = runbook
            copy.title = FixtureRunbooks.text(ja, en)
            return copy
        }
        let root = titled(
            FixtureRunbooks.main, "ランサムウェアの疑い（脅迫文・勝手な印刷）最初の対応",
            "Suspected ransomware (ransom note, printing by itself): first response")
        var middle = titled(FixtureRunbooks.main, "パソコンをネットワークから切り離す", "Cut the PC off the network")
        middle.id = "middle"
        middle.steps[5] = Step(
            id: "isolate", kind: .include(runbookID: "sub"),
            title: FixtureRunbooks.text("切り離し", "Isolation"))
        let current = titled(
            FixtureRunbooks.sub, "無線LANを切る（機内モード）", "Turn off Wi-Fi (airplane mode)")
        var library = FixtureRunbooks.library
        library.runbooks = [root, middle, current]
        let frames = [
            RunFrame(runbookID: "main", stepID: "isolate"),
            RunFrame(runbookID: "middle", stepID: "isolate"),
            RunFrame(runbookID: "sub", stepID: "sub-check"),
        ]
        let state = try Self.state(
            "sub-check", runbook: "main", frames: frames, language: language, library: library)
        let titles = try #require(state.run?.presentation?.breadcrumb)
        #expect(titles.count == 3)
        let line = Self.lines(state, size)[1]
        let currentTitle = try #require(titles.last)
        #expect(line.contains(currentTitle), "current runbook cut: \(line)")
        #expect(
            line.contains(" > .. > ") || line.contains(titles[1]),
            "middle neither shown nor abbreviated: \(line)")
        #expect(line.contains(String(titles[0].prefix(3))), "first runbook lost: \(line)")
        #expect(DisplayWidth.of(line) <= size.width)
    }

    @Test func theLocationLineAbbreviatesOnlyWhatDoesNotFit() {
        let titles = ["あいうえおかきくけこ", "さしすせそ", "たちつてと"]
        #expect(
            Breadcrumb.line(label: "現在地:", titles: titles, width: 80)
                == "現在地: あいうえおかきくけこ > さしすせそ > たちつてと")
        #expect(
            Breadcrumb.line(label: "現在地:", titles: titles, width: 50)
                == "現在地: あいうえおかきくけこ > .. > たちつてと")
        #expect(
            Breadcrumb.line(label: "現在地:", titles: titles, width: 40)
                == "現在地: あいうえおか.. > .. > たちつてと")
        #expect(Breadcrumb.line(label: "現在地:", titles: titles, width: 30) == "現在地: .. > たちつてと")
        #expect(Breadcrumb.line(label: "現在地:", titles: titles, width: 22) == "現在地: たちつてと")
        #expect(!Breadcrumb.showsEnds(label: "現在地:", titles: titles, width: 30))
        #expect(Breadcrumb.showsEnds(label: "現在地:", titles: titles, width: 32))
    }

    // MARK: - The key line

    /// Every key worth trying: printable ASCII, Space and the named keys.
    static let candidateKeys: [Key] =
        (33...126).compactMap { UnicodeScalar($0).map { Key.character(Character($0)) } }
        + [
            .character(" "), .enter, .escape, .backspace, .delete, .tab, .up, .down, .left, .right,
            .home, .end, .pageUp, .pageDown,
        ]

    /// Whether the bracketed key name `name` (`Enter`, `j/k`, `1-3`, `Esc/b`, `PgUp/PgDn`) names `key`.
    static func names(_ name: String, _ key: Key) -> Bool {
        let parts = name == "/" ? ["/"] : name.split(separator: "/").map(String.init)
        switch key {
        case .enter: return parts.contains("Enter")
        case .escape: return parts.contains("Esc")
        case .pageUp: return parts.contains("PgUp")
        case .pageDown: return parts.contains("PgDn")
        case .character(" "): return name == "Space"
        case .character(let character):
            if let digit = character.wholeNumberValue, character.isASCII {
                let bounds = name.split(separator: "-").compactMap { Int($0) }
                if bounds.count == 2 { return (bounds[0]...bounds[1]).contains(digit) }
                if bounds.count == 1, name == String(digit) { return true }
            }
            return parts.contains(String(character))
        default: return false
        }
    }

    /// The letter an arrow or page key stands in for (the help says "arrows too").
    static func alias(_ key: Key) -> Key? {
        switch key {
        case .up, .pageUp: .character("k")
        case .down, .pageDown: .character("j")
        default: nil
        }
    }

    /// Whether two intents do the same kind of thing (scroll, move, ...), whatever the amount.
    static func sameKind(_ left: AppIntent, _ right: AppIntent) -> Bool {
        switch (left, right) {
        case (.scroll, .scroll), (.moveSelection, .moveSelection): true
        default: left == right
        }
    }

    /// Keys whose intent does something but no hint on the screen names
    /// (an arrow or page key counts as named when `j`/`k` is and does the same kind of thing).
    static func unshownWorkingKeys(_ state: AppState, _ size: Size) -> [Key] {
        let shown = lines(state, size).joined(separator: "\n")
        let hints = ScreenKeys.hints(for: state).filter {
            shown.contains("[\($0.key)] \($0.label)")
        }
        func isNamed(_ key: Key) -> Bool { hints.contains { names($0.key, key) } }
        return candidateKeys.filter { key in
            let intent = Keymap.intent(for: key, in: state)
            switch intent {
            case .ignore, .editInput, .editPrompt, .editSearch, .editOperatorName: return false
            // An overlay closes on any key it has no other use for, as its last lines say.
            case .closeOverlay:
                return !hints.contains { $0.key == ScreenKeys.keyName(.closeOverlay, in: state) }
            default:
                if isNamed(key) { return false }
                guard let alias = alias(key) else { return true }
                return !(isNamed(alias) && sameKind(Keymap.intent(for: alias, in: state), intent))
            }
        }
    }

    @Test(arguments: sizes, languages)
    func everyWorkingKeyOfEveryStepKindIsOnTheKeyLine(size: Size, language: Language) throws {
        var states: [(String, AppState)] = []
        for stepID in [
            "intro", "pc-label", "connection", "cable", "settle", "call-it", "log-cmd", "finish",
        ] {
            var state = try Self.state(
                stepID, runbook: "main", language: language, library: FixtureRunbooks.library)
            states.append((stepID, state))
            if stepID == "pc-label" {
                state.stepView.inputFocused = false
                states.append(("pc-label, field left", state))
            }
        }
        states.append(
            (
                "include",
                try Self.state(
                    "sub-check", runbook: "main",
                    frames: [
                        RunFrame(runbookID: "main", stepID: "isolate"),
                        RunFrame(runbookID: "sub", stepID: "sub-check"),
                    ], language: language, library: FixtureRunbooks.library)
            ))
        for stepID in ["call", "one"] {
            states.append((stepID, try Self.state(stepID, language: language)))
        }
        for (name, state) in states {
            #expect(
                Self.unshownWorkingKeys(state, size).isEmpty,
                "\(name) at \(size) \(language): \(Self.unshownWorkingKeys(state, size))")
            let keyRows = Self.lines(state, size).suffix(ScreenChrome.maximumKeyRows)
            #expect(!keyRows.contains { $0.hasSuffix("..") }, "\(name): hints dropped at \(size)")
        }
    }

    @Test(arguments: sizes, languages)
    func theHelpOfTheBusiestStepScrollsToEveryLine(size: Size, language: Language) throws {
        var state = try Self.state("call", language: language)
        let commands = ScreenKeys.commands(for: state)
        state.overlay = .help
        #expect(
            Self.unshownWorkingKeys(state, size).isEmpty, "\(Self.unshownWorkingKeys(state, size))")
        var seen = ""
        for first in 0...AppRenderer.maximumOverlayFirstLine(state, size: size) {
            state.overlayFirstLine = first
            // Inside the border only, without the scroll marks next to it.
            seen += Self.lines(state, size).map {
                $0.replacingOccurrences(
                    of: "[v^]?\\s*\\|\\s*$", with: "", options: .regularExpression
                )
                .replacingOccurrences(of: "^\\s*\\|", with: "", options: .regularExpression)
            }.joined()
        }
        let text = UIText(language: language)
        for command in commands {
            #expect(
                Self.squeezed(seen).contains(Self.squeezed(text.explanation(command))),
                "\(command) at \(size)")
        }
        #expect(Self.squeezed(seen).contains(Self.squeezed(text.helpAbortLine)))
        #expect(Self.squeezed(seen).contains(Self.squeezed(text.helpClose)))
    }

    @Test(arguments: sizes, languages)
    func triageAndTheEndScreenShowEveryWorkingKey(size: Size, language: Language) {
        var triage = AppState(
            language: language, screen: .triage,
            triageEntries: (1...3).map { TriageEntry(runbookID: "main", label: "症状 \($0)") })
        #expect(
            Self.unshownWorkingKeys(triage, size).isEmpty,
            "\(Self.unshownWorkingKeys(triage, size))")
        triage.triageEntries = (1...12).map { TriageEntry(runbookID: "main", label: "症状 \($0)") }
        #expect(
            Self.unshownWorkingKeys(triage, size).isEmpty,
            "\(Self.unshownWorkingKeys(triage, size))")
        #expect(
            !Self.lines(triage, size).joined().contains("[1-"),
            "number keys offered for a list of 13")
        #expect(Keymap.intent(for: .character("1"), in: triage) == .ignore)
    }
}

@Suite struct JournalPathLineTests {
    @Test func aLongPathBreaksAfterASlashAndLosesNothing() {
        let path =
            "/home/nurse/.local/state/shodo/journals/20261206T062858Z-rb-01-ransomware-suspected-345a1e0b.jsonl"
        #expect(
            ScreenChrome.pathLines(label: "対応記録:", path: "/j/a.jsonl", width: 78) == [
                "対応記録: /j/a.jsonl"
            ])
        let lines = ScreenChrome.pathLines(label: "対応記録:", path: path, width: 58)
        #expect(
            lines == [
                "対応記録:", "/home/nurse/.local/state/shodo/journals/",
                "20261206T062858Z-rb-01-ransomware-suspected-345a1e0b.jsonl",
            ])
        #expect(lines.dropFirst().joined() == path)
        let narrow = ScreenChrome.pathLines(label: "Journal:", path: path, width: 30)
        #expect(narrow.dropFirst().joined() == path)
        #expect(narrow.allSatisfy { DisplayWidth.of($0) <= 30 })
    }
}
