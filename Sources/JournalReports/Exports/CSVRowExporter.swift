/// A row exporter writing CSV: a fixed header of `columns`, the CSV rules of the options.
protocol CSVRowExporter: RowExporter {
    /// The header's column names, in order.
    static var columns: [String] { get }
    /// Quoting and line ends.
    var csv: CSVText { get }
}

extension CSVRowExporter {
    /// The header line.
    var header: String? { csv.row(Self.columns) }
}
