/// Makes the output for a journal's open descriptor; the seam for tests and benchmarks.
public struct JournalOutputFactory: Sendable {
    private let make: @Sendable (Int32) -> any JournalOutput

    /// A factory from a closure given the open, locked descriptor.
    public init(_ make: @escaping @Sendable (_ descriptor: Int32) -> any JournalOutput) {
        self.make = make
    }

    /// The output for `descriptor`.
    func output(for descriptor: Int32) -> any JournalOutput { make(descriptor) }

    /// Every record synced before `append` returns: the only choice for real runs.
    public static let durable = JournalOutputFactory { FileDescriptorJournalOutput(descriptor: $0) }

    /// No sync at all: for generating large benchmark journals only, never for a run.
    public static let unsynchronisedForBenchmarks = JournalOutputFactory {
        FileDescriptorJournalOutput(descriptor: $0, isDurable: false)
    }
}
