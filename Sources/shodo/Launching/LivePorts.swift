import ActionJournal

/// The live values of the ports the modules take (docs/architecture.md, "Ports"): the
/// system clock and the machine's facts. Made here for `shodo`; `shodo-bench` and the
/// fuzz programs make their own; no module has them as a default.
enum LivePorts {
    /// The machine's host, time zone, clock state and new journal ids.
    static var machineFacts: any MachineFacts { SystemMachineFacts() }

    /// The system's wall and monotonic clocks with the boot id.
    static func clock() -> any JournalClock { SystemJournalClock() }
}
