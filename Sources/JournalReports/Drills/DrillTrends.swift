import DocumentMarkup
import Localization

/// Each milestone's drill-clock time across drills (docs/after-action.md "Trends"):
/// per scenario and scenario version (never mixed), per milestone, every point with
/// its team and runbook version, the median of each runbook version, and the target.
///
/// Built one journal at a time, each file read once; it keeps only the points.
public struct DrillTrends: Sendable {
    /// One drill's time for one milestone.
    public struct Point: Sendable, Hashable {
        public var date: String
        public var team: String
        public var runbookVersion: String
        /// Drill-clock seconds; `nil` when the milestone was not reached.
        public var seconds: Int64?
        public var file: String
    }

    /// One milestone of one scenario version.
    public struct Series: Sendable {
        public var scenario: String
        public var scenarioVersion: String
        public var milestone: String
        public var targetSeconds: Int64?
        /// Oldest first.
        public var points: [Point]

        /// The runbook versions in the order they appear.
        public var runbookVersions: [String] {
            var versions: [String] = []
            for point in points where versions.last != point.runbookVersion {
                versions.append(point.runbookVersion)
            }
            return versions
        }

        /// The median of the reached times of the drills on `runbookVersion`.
        public func median(runbookVersion: String) -> Double? {
            let times = points.filter { $0.runbookVersion == runbookVersion }.compactMap(\.seconds)
                .sorted()
            guard !times.isEmpty else { return nil }
            let middle = times.count / 2
            return times.count % 2 == 1
                ? Double(times[middle]) : Double(times[middle - 1] + times[middle]) / 2
        }
    }

    /// Every series, by scenario, scenario version and milestone.
    public private(set) var series: [Series] = []
    /// Files that were not drill journals or could not be read, with why.
    public private(set) var skipped: [String] = []

    /// Reads `paths` one by one.
    public init(paths: [String]) {
        var byKey: [String: Int] = [:]
        for (index, path) in paths.enumerated() {
            let drill: DrillAnalysis
            do throws(ReportError) {
                drill = try DrillAnalysis.read(path: path, index: index)
            } catch {
                skipped.append(error.description)
                continue
            }
            for expectation in drill.expectations {
                let key = [drill.scenario, drill.scenarioVersion, expectation.milestone].joined(
                    separator: "\u{1F}")
                let point = Point(
                    date: drill.startedAt?.readableText ?? "", team: drill.team ?? "",
                    runbookVersion: drill.runbookVersion ?? "",
                    seconds: expectation.reachedSeconds, file: drill.source.fileName)
                if let existing = byKey[key] {
                    series[existing].points.append(point)
                } else {
                    byKey[key] = series.count
                    series.append(
                        Series(
                            scenario: drill.scenario, scenarioVersion: drill.scenarioVersion,
                            milestone: expectation.milestone,
                            targetSeconds: expectation.targetSeconds, points: [point]))
                }
            }
        }
        for index in series.indices {
            series[index].points.sort { ($0.date, $0.file) < ($1.date, $1.file) }
        }
        series.sort {
            ($0.scenario, $0.scenarioVersion, $0.milestone) < (
                $1.scenario, $1.scenarioVersion, $1.milestone
            )
        }
    }

    /// The compact table for the terminal: one line per series and runbook version.
    public func table(language: Language) -> [String] {
        let text = ReportText(language: language)
        var lines = [text.trendsColumns.joined(separator: "\t")]
        for one in series {
            for version in one.runbookVersions {
                let points = one.points.filter { $0.runbookVersion == version }
                let each = points.map { "\($0.team) \($0.seconds.map(text.clock) ?? "—")" }.joined(
                    separator: ", ")
                lines.append(
                    [
                        "\(one.scenario) v\(one.scenarioVersion)", one.milestone, "v" + version,
                        one.targetSeconds.map(text.clock) ?? "", String(points.count),
                        one.median(runbookVersion: version).map { text.clock(Int64($0.rounded())) }
                            ?? "—", each,
                    ].joined(separator: "\t"))
            }
        }
        return lines
    }

    /// One self-contained HTML file: a chart and a table per series.
    public func writeHTML(options: ExportOptions, to output: ReportOutput) throws(ReportError) {
        let text = ReportText(language: options.language)
        let writer = HTMLReportWriter(
            output: output, language: options.language, exercise: text.registerMarking)
        try writer.begin(title: text.trendsTitle)
        try writer.exerciseMarking(text.registerMarking, newPage: false)
        for problem in skipped { try writer.paragraph(problem, tone: .caution) }
        if series.isEmpty { try writer.paragraph(text.none, tone: .normal) }
        for one in series {
            try writer.heading(
                "\(one.scenario) v\(one.scenarioVersion) — \(one.milestone)", level: 2)
            try writer.svg(DrillTrendSVG(series: one, text: text).render())
            try writer.beginTable([text.date, text.team, text.runbook, text.actual, text.target])
            for point in one.points {
                let late =
                    point.seconds.map { seconds in one.targetSeconds.map { seconds > $0 } ?? false }
                    ?? true
                try writer.tableRow(
                    [
                        point.date, point.team, "v" + point.runbookVersion,
                        point.seconds.map(text.clock) ?? text.notReached,
                        one.targetSeconds.map(text.clock) ?? "",
                    ], tone: late ? .caution : .normal)
            }
            try writer.endTable()
        }
        try writer.end(footer: text.generated(options.generatedAt))
        try output.commit()
    }
}

/// One series as inline SVG: x the drills in order, y drill-clock time; every point
/// (labelled with its team), the target as a dashed line, each runbook version's median
/// as a solid segment over its points, and a vertical line where the runbook version changes.
struct DrillTrendSVG {
    private static let width = 640.0
    private static let height = 240.0
    private static let left = 60.0
    private static let right = 20.0
    private static let top = 20.0
    private static let bottom = 40.0

    let series: DrillTrends.Series
    let text: ReportText

    func render() -> String {
        let reached = series.points.compactMap(\.seconds)
        let highest = max(Double((reached + [series.targetSeconds ?? 0]).max() ?? 0), 60) * 1.1
        let count = series.points.count
        func x(_ index: Int) -> Double {
            let plot = Self.width - Self.left - Self.right
            return count <= 1
                ? Self.left + plot / 2 : Self.left + plot * Double(index) / Double(count - 1)
        }
        func y(_ seconds: Double) -> Double {
            Self.top + (Self.height - Self.top - Self.bottom) * (1 - seconds / highest)
        }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\""
        svg += " role=\"img\" aria-label=\"\(HTMLEscaping.escape(series.milestone))\">\n"
        svg +=
            "<line class=\"tick\" x1=\"\(n(Self.left))\" y1=\"\(n(y(0)))\" x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(y(0)))\"/>\n"
        svg +=
            "<text class=\"tick-label\" x=\"\(n(Self.left - 28))\" y=\"\(n(y(0) + 4))\">0</text>\n"
        if let target = series.targetSeconds {
            svg +=
                "<line class=\"target\" stroke=\"#b3261e\" stroke-dasharray=\"6 4\" x1=\"\(n(Self.left))\" y1=\"\(n(y(Double(target))))\""
            svg += " x2=\"\(n(Self.width - Self.right))\" y2=\"\(n(y(Double(target))))\"/>\n"
            svg +=
                "<text class=\"axis-note\" x=\"2\" y=\"\(n(y(Double(target)) + 4))\">\(HTMLEscaping.escape(text.target)) \(text.clock(target))</text>\n"
        }
        var previous: String?
        for version in series.runbookVersions {
            let indices = series.points.indices.filter {
                series.points[$0].runbookVersion == version
            }
            guard let first = indices.first, let last = indices.last else { continue }
            if previous != nil {
                let at = (x(first - 1) + x(first)) / 2
                svg +=
                    "<line class=\"version-change\" stroke=\"#1f5fbf\" x1=\"\(n(at))\" y1=\"\(n(Self.top))\" x2=\"\(n(at))\" y2=\"\(n(y(0)))\"/>\n"
                svg +=
                    "<text class=\"axis-note\" x=\"\(n(at + 3))\" y=\"\(n(Self.top + 10))\">\(HTMLEscaping.escape(text.runbook)) v\(HTMLEscaping.escape(version))</text>\n"
            }
            previous = version
            if let median = series.median(runbookVersion: version) {
                svg +=
                    "<line class=\"median\" stroke=\"#111\" stroke-width=\"2\" x1=\"\(n(x(first) - 8))\" y1=\"\(n(y(median)))\""
                svg +=
                    " x2=\"\(n(x(last) + 8))\" y2=\"\(n(y(median)))\"><title>\(HTMLEscaping.escape(text.median)) v\(HTMLEscaping.escape(version))</title></line>\n"
            }
        }
        for (index, point) in series.points.enumerated() {
            let label =
                "\(point.date) \(point.team) \(point.seconds.map(text.clock) ?? text.notReached)"
            if let seconds = point.seconds {
                svg +=
                    "<circle class=\"mark-done\" cx=\"\(n(x(index)))\" cy=\"\(n(y(Double(seconds))))\" r=\"5\"><title>\(HTMLEscaping.escape(label))</title></circle>\n"
            } else {
                svg +=
                    "<text class=\"mark-failed\" x=\"\(n(x(index) - 4))\" y=\"\(n(Self.top + 4))\">×<title>\(HTMLEscaping.escape(label))</title></text>\n"
            }
            svg +=
                "<text class=\"tick-label\" x=\"\(n(x(index)))\" y=\"\(n(Self.height - 22))\">\(HTMLEscaping.escape(point.team))</text>\n"
            svg +=
                "<text class=\"tick-label\" x=\"\(n(x(index)))\" y=\"\(n(Self.height - 8))\">\(HTMLEscaping.escape(String(point.date.prefix(10))))</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func n(_ value: Double) -> String { String(Int(value.rounded())) }
}
