import Foundation

/// Where the headless front end reads action lines from.
public protocol LineSource {
    /// The next line without its newline, or `nil` at the end of input (or when
    /// a signal asked the program to stop).
    mutating func nextLine() -> String?

    /// The next line, serving `service` while waiting for it: before each wait and
    /// whenever one of its descriptors is ready. `nil` also when `service` says to stop.
    mutating func nextLine(serving service: any WaitingService) -> String?
}

extension LineSource {
    /// A source that never waits serves once, before the line.
    public mutating func nextLine(serving service: any WaitingService) -> String? {
        service.serve() ? nil : nextLine()
    }
}

/// Something the headless front end serves while it waits for input (a drill's control socket).
public protocol WaitingService: AnyObject {
    /// What to watch beside the input with poll(2).
    var pollDescriptors: [pollfd] { get }
    /// Serves without blocking; true when the front end must stop waiting and look (the drill ended).
    func serve() -> Bool
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
