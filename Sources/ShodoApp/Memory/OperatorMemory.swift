/// Where the operator's name is kept from one start to the next, so the start screen can offer it.
public protocol OperatorMemory {
    /// The name remembered last, if any.
    func recall() -> String?
    /// Keeps `name` for the next start. Failing to keep it is not an error the
    /// operator can act on at 3 a.m., so implementations stay silent.
    func remember(_ name: String)
}
