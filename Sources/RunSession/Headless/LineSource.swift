/// Where the headless front end reads action lines from.
public protocol LineSource {
    /// The next line without its newline, or `nil` at the end of input (or when
    /// a signal asked the program to stop).
    mutating func nextLine() -> String?
}

/// Lines from an array, for tests and scripted runs.
public struct ScriptedLines: LineSource {
    private var lines: [String]

    public init(_ lines: [String]) {
        self.lines = lines
    }

    public mutating func nextLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}

/// Where the headless front end writes text.
public protocol TextSink: AnyObject {
    func write(_ text: String)
}

/// Collects written text, for tests.
public final class CollectedText: TextSink {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}
