/// A small RFC 4180 CSV parser for the tests, independent of the exporter's code.
enum RFC4180 {
    /// Rows of fields. Quoted fields may hold commas, doubled quotes, CR and LF.
    /// Throws on a quote inside an unquoted field or an unterminated quote.
    static func parse(_ text: String) throws -> [[String]] {
        struct Malformed: Error { let offset: Int }
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var fieldWasQuoted = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar {
                case "\"":
                    guard field.isEmpty, !fieldWasQuoted else { throw Malformed(offset: index) }
                    inQuotes = true
                    fieldWasQuoted = true
                case ",":
                    row.append(field)
                    field = ""
                    fieldWasQuoted = false
                case "\r":
                    guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                        throw Malformed(offset: index)
                    }
                case "\n":
                    row.append(field)
                    rows.append(row)
                    row = []
                    field = ""
                    fieldWasQuoted = false
                default:
                    guard !fieldWasQuoted else { throw Malformed(offset: index) }
                    field.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        if inQuotes { throw Malformed(offset: index) }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
