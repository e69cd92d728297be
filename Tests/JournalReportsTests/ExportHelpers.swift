import Foundation
import JournalReports
import Localization

/// Exports journals to memory the way the commands do.
enum ExportHelpers {
    static func sources(_ paths: [String]) throws -> [JournalSource] {
        var sources: [JournalSource] = []
        for (index, path) in paths.enumerated() {
            sources.append(try JournalSource(path: path, index: index))
        }
        return sources
    }

    /// The export's bytes and its summary.
    static func export(
        _ paths: [String], _ format: ExportFormat, excel: Bool = false,
        language: Language = .english
    )
        throws -> (bytes: [UInt8], summary: ExportSummary)
    {
        let output = ReportOutput.inMemory()
        let summary = try TimelineExport.write(
            sources(paths), format: format,
            options: ExportOptions(excel: excel, language: language, generatedAt: "test"),
            to: output)
        return (output.bytes, summary)
    }

    /// The export as text.
    static func text(
        _ paths: [String], _ format: ExportFormat, excel: Bool = false,
        language: Language = .english
    )
        throws -> String
    {
        String(
            decoding: try export(paths, format, excel: excel, language: language).bytes,
            as: UTF8.self)
    }

    /// CSV rows as dictionaries keyed by the header.
    static func csvRecords(_ text: String) throws -> (header: [String], rows: [[String: String]]) {
        let rows = try RFC4180.parse(text)
        guard let header = rows.first else { return ([], []) }
        let records = rows.dropFirst().map { row in
            Dictionary(uniqueKeysWithValues: zip(header, row).map { ($0, $1) })
        }
        return (header, records)
    }

    /// JSON Lines as objects.
    static func jsonObjects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            guard let dictionary = object as? [String: Any] else {
                throw CocoaError(.propertyListReadCorrupt)
            }
            return dictionary
        }
    }
}
