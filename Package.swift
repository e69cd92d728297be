// swift-tools-version: 6.0
// Shodo (初動): guided first response to a hospital cyber incident, with a
// tamper-evident journal. The dependency rule (docs/architecture.md) is written
// here, target by target: arrows point one way only.
//
//   TerminalSafety    <- nothing                     (text from people made safe for a terminal)
//   FileReading       <- nothing                     (regular files only, opened without blocking)
//   Localization      <- nothing                     (Language: ja or en, the operator's language)
//   RunbookModel      <- Localization
//   RunbookLoading    <- RunbookModel, Localization, FileReading, Yams, Crypto  (the only user of Yams)
//   RunEngine         <- RunbookModel, Localization
//   RunbookPrinting   <- RunbookModel, Localization, TerminalSafety (the paper binder: md / html)
//   ActionJournal     <- FileReading, Localization, swift-crypto (knows nothing of runbooks)
//   JournalReports    <- ActionJournal, Localization, TerminalSafety (exports, merge, review pack)
//   RunSession        <- RunEngine, ActionJournal, RunbookModel, Localization
//   TerminalUI        <- TerminalSafety              (pure Grid, widths, widgets)
//   CNCursesW, CursesTerminal <- TerminalUI          (the only code that touches ncurses)
//   ShodoApp          <- RunSession, RunEngine, RunbookModel, ActionJournal, FileReading, Localization, TerminalUI
//                                                    (never curses, never YAML)
//   shodo             <- everything                  (the one place that wires modules)
//   Fuzz*             <- FuzzSupport + the module each one fuzzes (libFuzzer targets; scripts/fuzz)
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Shodo",
    platforms: [.macOS(.v14)],
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
        .target(name: "TerminalSafety", swiftSettings: strict),
        .target(name: "FileReading", swiftSettings: strict),
        .target(name: "Localization", swiftSettings: strict),
        .target(name: "RunbookModel", dependencies: ["Localization"], swiftSettings: strict),
        .target(
            name: "RunbookLoading",
            dependencies: [
                "RunbookModel", "Localization", "FileReading", .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict),
        .target(name: "RunEngine", dependencies: ["RunbookModel", "Localization"], swiftSettings: strict),
        .target(
            name: "RunbookPrinting", dependencies: ["RunbookModel", "Localization", "TerminalSafety"], swiftSettings: strict),
        .target(
            name: "ActionJournal",
            dependencies: ["FileReading", "Localization", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict),
        .target(
            name: "JournalReports", dependencies: ["ActionJournal", "Localization", "TerminalSafety"], swiftSettings: strict),
        .target(
            name: "RunSession",
            dependencies: ["RunbookModel", "RunEngine", "ActionJournal", "Localization"],
            swiftSettings: strict),
        .target(name: "TerminalUI", dependencies: ["TerminalSafety"], swiftSettings: strict),
        .systemLibrary(name: "CNCursesW"),
        .target(name: "CursesTerminal", dependencies: ["CNCursesW", "TerminalUI"], swiftSettings: strict),
        .target(
            name: "ShodoApp",
            dependencies: [
                "RunbookModel", "RunEngine", "RunSession", "ActionJournal", "FileReading", "Localization", "TerminalUI",
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "shodo",
            dependencies: [
                "Localization", "RunbookModel", "RunbookLoading", "RunEngine", "ActionJournal", "RunSession",
                "RunbookPrinting", "JournalReports", "FileReading", "TerminalSafety", "TerminalUI", "CursesTerminal", "ShodoApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "ShodoBench",
            dependencies: [
                "RunbookModel", "RunbookLoading", "ActionJournal", "JournalReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict),
        // libFuzzer targets (docs/fuzzing.md): scripts/fuzz builds them with
        // -sanitize=fuzzer,address and -D SHODO_FUZZING; in a plain build each one
        // replays the inputs named on its command line.
        .systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"], path: "Fuzz/FuzzSupport", swiftSettings: strict),
        .executableTarget(
            name: "FuzzRunbookLoader", dependencies: ["FuzzSupport", "RunbookLoading"],
            path: "Fuzz/FuzzRunbookLoader", swiftSettings: strict),
        .executableTarget(
            name: "FuzzJournal", dependencies: ["FuzzSupport", "ActionJournal"],
            path: "Fuzz/FuzzJournal", swiftSettings: strict),
        .executableTarget(
            name: "FuzzHeadless",
            dependencies: [
                "FuzzSupport", "RunSession", "RunEngine", "RunbookModel", "ActionJournal", "RunbookLoading", "Localization",
            ],
            path: "Fuzz/FuzzHeadless", swiftSettings: strict),
        .executableTarget(
            name: "FuzzKeys", dependencies: ["FuzzSupport", "CursesTerminal", "TerminalUI"],
            path: "Fuzz/FuzzKeys", swiftSettings: strict),
        .target(
            name: "ShodoTestSupport",
            dependencies: ["RunbookModel", "RunbookLoading", "RunEngine", "ActionJournal", "Localization", "TerminalUI"],
            path: "Tests/ShodoTestSupport",
            swiftSettings: strict),
        .testTarget(
            name: "RunbookLoadingTests",
            dependencies: ["RunbookLoading", "RunbookModel", "FileReading", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "RunbookPrintingTests",
            dependencies: ["RunbookPrinting", "RunbookModel", "RunbookLoading", "Localization"],
            swiftSettings: strict),
        .testTarget(
            name: "RunEngineTests",
            dependencies: ["RunEngine", "RunbookModel", "RunbookLoading", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ActionJournalTests",
            dependencies: ["ActionJournal", "ShodoTestSupport", "ShodoBench"],
            swiftSettings: strict),
        .testTarget(
            name: "JournalReportsTests",
            dependencies: ["JournalReports", "ActionJournal", "Localization", "ShodoTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "RunSessionTests",
            dependencies: [
                "RunSession", "RunEngine", "RunbookModel", "ActionJournal", "RunbookLoading", "Localization", "ShodoTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "BundledRunbookTests",
            dependencies: [
                "RunbookLoading", "RunbookModel", "RunEngine", "RunSession", "ActionJournal", "ShodoTestSupport",
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
                "ShodoApp", "FileReading", "TerminalUI", "RunSession", "RunEngine", "RunbookModel", "ActionJournal", "Localization",
                "ShodoTestSupport",
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
