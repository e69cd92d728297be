/// A label and its value, as one row of a facts block.
struct PrintFact: Sendable, Hashable {
    var label: String
    var value: [PrintInline]
}
