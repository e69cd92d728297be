/// A format written one row per entry (csv, jsonl, timesketch, l2tcsv).
///
/// Each source first gets a verdict row (the verifier's verdict and first bad line, at
/// the top of the file); then every entry gets one row carrying `seq`, the journal id
/// and the record hash.
protocol RowExporter {
    /// Bytes before everything else (the UTF-8 byte order mark for Excel).
    var preamble: [UInt8] { get }
    /// The header line, when the format has one.
    var header: String? { get }
    /// The row stating `source`'s verdict.
    func verdictRow(_ source: JournalSource) -> String
    /// The row of `entry`.
    func row(_ entry: TimelineEntry) -> String
}
