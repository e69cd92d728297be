import DocumentMarkup
import Notation

/// Draws a `TimeChart` as inline SVG: one lane per journal, time left to right, local
/// clock ticks on top, a legend below. Shapes differ by category so the chart still
/// reads when printed in black and white.
struct TimeChartSVG {
    private static let width = 1000.0
    private static let laneLabelWidth = 170.0
    private static let rightMargin = 20.0
    private static let axisHeight = 28.0
    private static let laneHeight = 34.0
    private static let legendHeight = 30.0
    private static let tickIntervals: [Int64] = [
        60, 120, 300, 600, 900, 1800, 3600, 7200, 10_800, 21_600, 43_200, 86_400,
    ]

    let chart: TimeChart
    let text: ReportText

    /// The `<svg>` element.
    func render() -> String {
        let lanes = max(chart.laneLabels.count, 1)
        let height = Self.axisHeight + Double(lanes) * Self.laneHeight + Self.legendHeight
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\""
        svg += " role=\"img\" aria-label=\"\(HTMLEscaping.escape(text.timeChart))\">\n"
        for (index, label) in chart.laneLabels.enumerated() {
            let top = Self.axisHeight + Double(index) * Self.laneHeight
            svg +=
                "<rect class=\"lane\" x=\"0\" y=\"\(Self.number(top))\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.laneHeight))\"/>\n"
            svg +=
                "<text class=\"lane-label\" x=\"4\" y=\"\(Self.number(top + Self.laneHeight / 2 + 4))\">\(HTMLEscaping.escape(label))</text>\n"
        }
        if let range = chart.range {
            svg += ticks(range, height: height - Self.legendHeight)
            svg += marks(range)
        }
        svg += legend(top: height - Self.legendHeight + 8)
        svg += "</svg>\n"
        return svg
    }

    private var plotWidth: Double { Self.width - Self.laneLabelWidth - Self.rightMargin }

    private func x(_ time: Int64, _ range: ClosedRange<Int64>) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return Self.laneLabelWidth + plotWidth / 2 }
        return Self.laneLabelWidth + Double(time - range.lowerBound) / Double(span) * plotWidth
    }

    private func ticks(_ range: ClosedRange<Int64>, height: Double) -> String {
        let spanSeconds = (range.upperBound - range.lowerBound) / 1_000_000
        let interval =
            Self.tickIntervals.first { spanSeconds / $0 <= 8 } ?? 86_400
            * ((spanSeconds / 86_400) / 8 + 1)
        let offsetMicroseconds = Int64(chart.offset.seconds) * 1_000_000
        let step = interval * 1_000_000
        var tick = ((range.lowerBound + offsetMicroseconds) / step + 1) * step - offsetMicroseconds
        var svg = ""
        while tick <= range.upperBound {
            let position = Self.number(x(tick, range))
            let label = CivilTime(microseconds: tick, offset: chart.offset)
            let text = String(label.timeText.prefix(5))
            svg +=
                "<line class=\"tick\" x1=\"\(position)\" y1=\"\(Int(Self.axisHeight) - 6)\" x2=\"\(position)\" y2=\"\(Self.number(height))\"/>\n"
            svg +=
                "<text class=\"tick-label\" x=\"\(position)\" y=\"\(Int(Self.axisHeight) - 10)\">\(text)</text>\n"
            tick += step
        }
        let start = CivilTime(microseconds: range.lowerBound, offset: chart.offset).readableText
        svg += "<text class=\"axis-note\" x=\"4\" y=\"14\">\(HTMLEscaping.escape(start))</text>\n"
        return svg
    }

    private func marks(_ range: ClosedRange<Int64>) -> String {
        var drawn = Set<Int>()
        var svg = ""
        for event in chart.events {
            let position = x(event.wallMicroseconds, range)
            // One mark per pixel column, lane and category is all the eye can tell apart.
            let key = (Int(position) * 64 + min(event.lane, 63)) * 8 + Int(event.category.rawValue)
            guard drawn.insert(key).inserted else { continue }
            let center = Self.axisHeight + (Double(event.lane) + 0.5) * Self.laneHeight
            svg += shape(event.category, x: position, y: center, title: event.label(text))
        }
        return svg
    }

    private func shape(_ category: ChartCategory, x: Double, y: Double, title: String?) -> String {
        let cx = Self.number(x)
        let cy = Self.number(y)
        let tag: String
        let attributes: String
        switch category {
        case .run:
            tag = "rect"
            attributes =
                "x=\"\(Self.number(x - 1.5))\" y=\"\(Self.number(y - 12))\" width=\"3\" height=\"24\""
        case .done:
            tag = "circle"
            attributes = "cx=\"\(cx)\" cy=\"\(cy)\" r=\"4\""
        case .skipped:
            tag = "polygon"
            attributes =
                "points=\"\(cx),\(Self.number(y - 6)) \(Self.number(x + 6)),\(Self.number(y + 5)) \(Self.number(x - 6)),\(Self.number(y + 5))\""
        case .failed:
            tag = "rect"
            attributes =
                "x=\"\(Self.number(x - 5))\" y=\"\(Self.number(y - 5))\" width=\"10\" height=\"10\""
        case .contact:
            tag = "polygon"
            attributes =
                "points=\"\(cx),\(Self.number(y - 7)) \(Self.number(x + 7)),\(cy) \(cx),\(Self.number(y + 7)) \(Self.number(x - 7)),\(cy)\""
        case .other:
            tag = "circle"
            attributes = "cx=\"\(cx)\" cy=\"\(cy)\" r=\"2\""
        }
        let opening = "<\(tag) class=\"mark-\(Self.name(category))\" \(attributes)"
        guard let title else { return opening + "/>\n" }
        return opening + "><title>\(HTMLEscaping.escape(title))</title></\(tag)>\n"
    }

    private func legend(top: Double) -> String {
        var svg = ""
        var position = Self.laneLabelWidth
        for (category, label) in text.chartLegend {
            svg += shape(category, x: position, y: top + 6, title: nil)
            svg +=
                "<text class=\"legend\" x=\"\(Self.number(position + 12))\" y=\"\(Self.number(top + 10))\">\(HTMLEscaping.escape(label))</text>\n"
            position += 135
        }
        return svg
    }

    private static func name(_ category: ChartCategory) -> String {
        switch category {
        case .run: "run"
        case .done: "done"
        case .skipped: "skipped"
        case .failed: "failed"
        case .contact: "contact"
        case .other: "other"
        }
    }

    /// One decimal place is finer than any printer or screen needs.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + String(magnitude / 10)
            + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }
}
