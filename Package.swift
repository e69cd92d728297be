// swift-tools-version: 6.2
// Shodo (初動): guided first response to a hospital cyber incident, with a
// tamper-evident journal. It builds on Linux with glibc (Debian 12) and Swift 6.2 or
// later (`isolated deinit`, `Synchronization.Atomic`, glibc's sigaction); no Apple
// platform is claimed. The dependency rule (docs/architecture.md) is written here,
// target by target: arrows point one way only. `scripts/check-architecture` (run by
// .ci/run) fails when this list and the targets below disagree.
//
//   Localization      <- nothing                     (Language: ja or en, the operator's language)
//   JournalVocabulary <- Localization                (record kinds, member names, verdict words)
//   TerminalSafety    <- nothing                     (text from people made safe for a terminal)
//   Notation          <- nothing                     (digits, hex, JSON strings, time as text)
//   FileReading       <- nothing                     (regular files only, opened without blocking)
//   RunbookModel      <- Localization
//   RunbookLoading    <- RunbookModel, Localization, Notation, FileReading, Yams, Crypto  (the only user of Yams)
//   RunEngine         <- RunbookModel, Localization, Notation, JournalVocabulary
//   DocumentMarkup    <- TerminalSafety              (md / html: the format, escaping)
//   RunbookPrinting   <- RunbookModel, Localization, DocumentMarkup (the paper binder: md / html)
//   CTimex            <- nothing                     (the kernel's clock state, <sys/timex.h>)
//   ActionJournal     <- Notation, FileReading, Localization, CTimex, JournalVocabulary, Crypto
//                        (knows nothing of runbooks)
//   JournalSummaries  <- ActionJournal, JournalVocabulary (one journal file or directory in a few facts)
//   JournalReports    <- ActionJournal, JournalSummaries, JournalVocabulary, Localization, Notation,
//                        DocumentMarkup, TerminalSafety (exports, merge, review pack)
//   RunSession        <- RunbookModel, RunEngine, ActionJournal, JournalSummaries, JournalVocabulary,
//                        Localization, Notation
//   TerminalUI        <- TerminalSafety              (pure Grid, widths, widgets)
//   StopSignals       <- nothing                     (SIGINT/SIGTERM/SIGHUP and exiting by one)
//   CNCursesW         <- nothing                     (system library: ncursesw)
//   CursesTerminal    <- CNCursesW, TerminalUI, StopSignals (the only code that touches ncurses)
//   ShodoApp          <- RunbookModel, RunEngine, RunSession, ActionJournal, JournalSummaries,
//                        JournalVocabulary, JournalReports, Notation, FileReading, Localization, TerminalUI
//                        (never curses, never YAML; JournalReports for a drill's results and the last
//                        drill, computed as `shodo drill report` / `drill register` compute them)
//   shodo             <- everything                  (the one place that wires modules and live ports)
//   ShodoBench        <- RunbookModel, RunbookLoading, ActionJournal, JournalReports, JournalVocabulary,
//                        DocumentMarkup, ArgumentParser
//   Fuzz*             <- FuzzSupport + the module each one fuzzes (libFuzzer targets; scripts/fuzz)
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
    name: "Shodo",
    products: [
        .executable(name: "shodo", targets: ["shodo"]),
        .executable(name: "shodo-bench", targets: ["ShodoBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "Localization", swiftSettings: strict),
        .target(name: "JournalVocabulary", dependencies: ["Localization"], swiftSettings: strict),
        .target(name: "TerminalSafety", swiftSettings: strict),
        .target(name: "Notation", swiftSettings: strict),
        .target(name: "FileReading", swiftSettings: strict),
        .target(name: "RunbookModel", dependencies: ["Localization"], swiftSettings: strict),
        .target(
            name: "RunbookLoading",
            dependencies: [
                "RunbookModel", "Localization", "Notation", "FileReading",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .target(
            name: "RunEngine",
            dependencies: ["RunbookModel", "Localization", "Notation", "JournalVocabulary"],
            swiftSettings: strict),
        .target(name: "DocumentMarkup", dependencies: ["TerminalSafety"], swiftSettings: strict),
        .target(
            name: "RunbookPrinting",
            dependencies: ["RunbookModel", "Localization", "DocumentMarkup"], swiftSettings: strict),
        .systemLibrary(name: "CTimex"),
        .target(
            name: "ActionJournal",
            dependencies: [
                "Notation", "FileReading", "Localization", "CTimex", "JournalVocabulary",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .target(
            name: "JournalSummaries", dependencies: ["ActionJournal", "JournalVocabulary"],
            swiftSettings: strict),
        .target(
            name: "JournalReports",
            dependencies: [
                "ActionJournal", "JournalSummaries", "JournalVocabulary", "Localization",
                "Notation", "DocumentMarkup",
                "TerminalSafety",
            ],
            swiftSettings: strict),
        .target(
            name: "RunSession",
            dependencies: [
                "RunbookModel", "RunEngine", "ActionJournal", "JournalSummaries",
                "JournalVocabulary", "Localization",
                "Notation",
            ],
            swiftSettings: strict),
        .target(name: "TerminalUI", dependencies: ["TerminalSafety"], swiftSettings: strict),
        .systemLibrary(name: "CNCursesW"),
        .target(name: "StopSignals", swiftSettings: strict),
        .target(
            name: "CursesTerminal", dependencies: ["CNCursesW", "TerminalUI", "StopSignals"],
            swiftSettings: strict),
        .target(
            name: "ShodoApp",
            dependencies: [
                "RunbookModel", "RunEngine", "RunSession", "ActionJournal", "JournalSummaries",
                "JournalVocabulary",
                "JournalReports", "Notation", "FileReading", "Localization", "TerminalUI",
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "shodo",
            dependencies: [
                "Localization", "RunbookModel", "RunbookLoading", "RunEngine", "ActionJournal",
                "JournalVocabulary", "RunSession", "Notation",
                "RunbookPrinting", "DocumentMarkup", "JournalReports", "FileReading",
                "TerminalSafety", "TerminalUI",
                "CursesTerminal", "StopSignals", "ShodoApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "ShodoBench",
            dependencies: [
                "RunbookModel", "RunbookLoading", "ActionJournal", "JournalVocabulary",
                "JournalReports", "DocumentMarkup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // libFuzzer targets (docs/fuzzing.md): scripts/fuzz builds them with
        // -sanitize=fuzzer,address and -D SHODO_FUZZING; in a plain build each one
        // replays the inputs named on its command line.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(
            name: "FuzzSupport", dependencies: ["CLibFuzzer"], path: "Fuzz/FuzzSupport",
            swiftSettings: strict),
        .executableTarget(
            name: "FuzzRunbookLoader", dependencies: ["FuzzSupport", "RunbookLoading"],
            path: "Fuzz/FuzzRunbookLoader", swiftSettings: strict),
        .executableTarget(
            name: "FuzzJournal", dependencies: ["FuzzSupport", "ActionJournal"],
            path: "Fuzz/FuzzJournal", swiftSettings: strict),
        .executableTarget(
            name: "FuzzHeadless",
            dependencies: [
                "FuzzSupport", "RunSession", "RunEngine", "RunbookModel", "ActionJournal",
                "RunbookLoading", "Localization",
            ],
            path: "Fuzz/FuzzHeadless", swiftSettings: strict),
        .executableTarget(
            name: "FuzzKeys", dependencies: ["FuzzSupport", "CursesTerminal", "TerminalUI"],
            path: "Fuzz/FuzzKeys", swiftSettings: strict),
        .target(
            name: "ShodoTestSupport",
            dependencies: [
                "RunbookModel", "RunbookLoading", "RunEngine", "ActionJournal", "Localization",
                "TerminalUI",
            ],
            path: "Tests/ShodoTestSupport",
            swiftSettings: strict),
        .testTarget(name: "NotationTests", dependencies: ["Notation"], swiftSettings: strict),
        .testTarget(
            name: "DocumentMarkupTests", dependencies: ["DocumentMarkup"], swiftSettings: strict),
        .testTarget(
            name: "RunbookLoadingTests",
            dependencies: ["RunbookLoading", "RunbookModel", "FileReading", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "RunbookPrintingTests",
            dependencies: [
                "RunbookPrinting", "DocumentMarkup", "RunbookModel", "RunbookLoading",
                "Localization",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "RunEngineTests",
            dependencies: ["RunEngine", "RunbookModel", "RunbookLoading", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ActionJournalTests",
            dependencies: ["ActionJournal", "Notation", "ShodoTestSupport", "ShodoBench"],
            swiftSettings: strict),
        .testTarget(
            name: "JournalVocabularyTests", dependencies: ["JournalVocabulary", "Localization"],
            swiftSettings: strict),
        .testTarget(
            name: "JournalSummariesTests",
            dependencies: [
                "JournalSummaries", "JournalVocabulary", "ActionJournal", "ShodoTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "JournalReportsTests",
            dependencies: [
                "JournalReports", "ActionJournal", "Localization", "Notation", "DocumentMarkup",
                "ShodoTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "RunSessionTests",
            dependencies: [
                "RunSession", "RunEngine", "RunbookModel", "ActionJournal", "RunbookLoading",
                "Localization", "ShodoTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "BundledRunbookTests",
            dependencies: [
                "RunbookLoading", "RunbookModel", "RunEngine", "RunSession", "ActionJournal",
                "ShodoTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "TerminalUITests",
            dependencies: ["TerminalUI", "TerminalSafety", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "CursesTerminalTests",
            dependencies: ["CursesTerminal", "TerminalUI", "CNCursesW"],
            swiftSettings: strict),
        .testTarget(
            name: "ShodoAppTests",
            dependencies: [
                "ShodoApp", "FileReading", "TerminalUI", "RunSession", "RunEngine", "RunbookModel",
                "ActionJournal", "Notation", "Localization",
                "ShodoTestSupport", "JournalReports",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["shodo", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ShodoCLITests",
            dependencies: ["shodo", "Localization", "ShodoTestSupport"],
            exclude: ["Fixtures"],
            swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
