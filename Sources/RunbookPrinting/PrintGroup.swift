/// What a group of blocks is, so HTML can style it and keep it on one page.
enum PrintGroup: String, Sendable, Hashable {
    case header, step, contact, appendix, footer
}
