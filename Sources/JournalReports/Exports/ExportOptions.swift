import Localization

/// How an export is written, beyond its format.
public struct ExportOptions: Sendable {
    /// UTF-8 byte order mark and CRLF line ends, for Japanese Excel (every CSV is formula-safe).
    public var excel: Bool
    /// The language of the md / html documents' headings (`ja` or `en`).
    public var language: Language
    /// When the document was made, as shown in its footer (the caller's clock).
    public var generatedAt: String
    /// The hospital's name (config `hospital_name`), in the printed pack's running header.
    public var hospitalName: String?

    /// Options for an export.
    public init(
        excel: Bool = false, language: Language = .english, generatedAt: String = "",
        hospitalName: String? = nil
    ) {
        self.excel = excel
        self.language = language
        self.generatedAt = generatedAt
        self.hospitalName = hospitalName
    }

    /// The CSV rules these options call for.
    var csv: CSVText { CSVText(lineEnd: excel ? "\r\n" : "\n") }

    /// The UTF-8 byte order mark when writing for Excel.
    var byteOrderMark: [UInt8] { excel ? [0xEF, 0xBB, 0xBF] : [] }
}
