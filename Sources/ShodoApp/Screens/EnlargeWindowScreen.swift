import TerminalUI

/// All a window below the minimum shows: a request to enlarge it, in both languages.
enum EnlargeWindowScreen {
    static func draw(size: Size, minimum: Size, into grid: inout Grid) {
        let text = UIText(language: .japanese)
        let lines = [
            text.enlargeWindowJapanese, text.enlargeWindowEnglish,
            text.sizeNeeded(current: size.description, minimum: minimum.description),
        ]
        let wrapped = lines.flatMap { TextWrapper.wrap($0, width: size.width) }
        let top = max(0, (size.height - wrapped.count) / 2)
        for (index, line) in wrapped.enumerated() where top + index < size.height {
            let left = max(0, (size.width - DisplayWidth.of(line)) / 2)
            let style: Style = index < wrapped.count - 1 ? Style.header.adding(.bold) : .muted
            grid.put(line, at: Point(column: left, row: top + index), style: style)
        }
    }
}
