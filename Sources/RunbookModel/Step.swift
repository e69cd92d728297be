/// One thing the operator does in a runbook.
public struct Step: Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: StepKind
    public var title: LocalizedText
    public var body: LocalizedText?
    /// The reason, shown on demand (`w` in the terminal UI).
    public var why: LocalizedText?
    /// Shown prominently before the operator acts.
    public var caution: LocalizedText?
    public var role: String?
    public var estimatedMinutes: Int?
    /// The explicit `next`; `nil` means the following step, or the end after the last.
    public var next: StepTarget?
    /// The milestone completing this step reaches (revision 2); not on include or end steps.
    public var milestone: String?
    /// Where "cannot do" leads on an instruction or command step; `nil` means `next`.
    public var onUnable: StepTarget?

    public init(
        id: String, kind: StepKind = .instruction, title: LocalizedText,
        body: LocalizedText? = nil, why: LocalizedText? = nil, caution: LocalizedText? = nil,
        role: String? = nil, estimatedMinutes: Int? = nil, next: StepTarget? = nil,
        milestone: String? = nil, onUnable: StepTarget? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.body = body
        self.why = why
        self.caution = caution
        self.role = role
        self.estimatedMinutes = estimatedMinutes
        self.next = next
        self.milestone = milestone
        self.onUnable = onUnable
    }

    /// Whether the operator may say this step cannot be done (instruction and command steps).
    public var acceptsUnable: Bool {
        switch kind {
        case .instruction, .command: true
        default: false
        }
    }

    /// Every text of this step, for translation and interpolation checks.
    public var texts: [LocalizedText] {
        var all = [title]
        all += [body, why, caution].compactMap { $0 }
        switch kind {
        case .check(let check): if let expect = check.expect { all.append(expect) }
        case .choice(let options): all += options.map(\.label)
        default: break
        }
        return all
    }
}
