import ArgumentParser

/// `shodo journal browse [--key FILE]`
struct JournalBrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract:
            "Open the terminal UI's journal browser (read-only); --key checks every sealed journal's seals.",
        discussion: """
            The browser lists the journal directory's journals with what was checked; Enter opens one, and v there \
            takes the verification code from paper to check its end. Needs a terminal; without one, use \
            `shodo journal show JOURNAL`.
            """)

    @Option(
        help: ArgumentHelp(
            "The first seal key K_0 (the file `shodo journal keygen` wrote): checks every seal.",
            valueName: "FILE"))
    var key: String?

    @OptionGroup var options: GlobalOptions

    func run() throws {
        // Read once now, so a file that is not a key is refused before the UI starts.
        if let key { try VerificationOptions.readKey(key).erase() }
        let settings = try Settings.resolve(options)
        let library = try LibraryLoading.load(settings, strict: false)
        guard InteractiveLauncher.isAvailable(headless: false, environment: settings.environment),
            let status = InteractiveLauncher.run(
                settings: settings, library: library, route: .journals, sealKeyFile: key)
        else {
            StandardStreams.error(
                settings.language == .japanese
                    ? "記録の一覧には端末の画面が必要です。`shodo journal show 記録ファイル` を使ってください。"
                    : "The journal browser needs a terminal; use `shodo journal show JOURNAL`.")
            throw ExitCode(2)
        }
        throw ExitCode(status)
    }
}
