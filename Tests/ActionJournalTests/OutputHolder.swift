import ActionJournal

/// Hands the test the output the writer made (the factory runs inside `create`).
final class OutputHolder: @unchecked Sendable {
    // Written once inside `create`, read after it returns, on the same task.
    var output: FailingOutput?

    func make(_ descriptor: Int32) -> any JournalOutput {
        let made = FailingOutput(descriptor: descriptor)
        output = made
        return made
    }
}
