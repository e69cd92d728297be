import CursesTerminal
import Testing

@MainActor
@Suite(.serialized)
struct CapabilityTests {
    @Test func drivesARealTerminalType() {
        #expect(CursesScreen.canDrive(environment: ["TERM": "xterm-256color"], isTTY: true))
    }

    @Test(arguments: [
        [:], ["TERM": ""], ["TERM": "dumb"], ["TERM": "unknown"], ["TERM": "no-such-term"],
    ])
    func refusesTerminalsItCannotDrive(environment: [String: String]) {
        #expect(!CursesScreen.canDrive(environment: environment, isTTY: true))
    }

    @Test func refusesWhenNotATerminal() {
        #expect(!CursesScreen.canDrive(environment: ["TERM": "xterm-256color"], isTTY: false))
    }
}
