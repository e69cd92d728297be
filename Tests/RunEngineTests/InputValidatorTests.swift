import RunEngine
import RunbookModel
import ShodoTestSupport
import Testing

@Suite("Input values by type and pattern")
struct InputValidatorTests {
    func problem(_ value: String, _ type: InputType, pattern: String? = nil, required: Bool = true)
        -> InputProblem?
    {
        InputValidator.problem(
            with: value,
            for: InputSpec(field: "f", type: type, pattern: pattern, required: required))
    }

    @Test(arguments: ["12", "-3", "+4.5", "0.25", ".5", "７"])
    func numbersAccepted(_ value: String) { #expect(problem(value, .number) == nil) }

    @Test(arguments: ["1e3", "1.2.3", "abc", "-", "."])
    func numbersRefused(_ value: String) { #expect(problem(value, .number) == .notOfType(.number)) }

    @Test(arguments: [
        "192.168.1.20", "0.0.0.0", "255.255.255.255", "::1", "fe80::1%eth0",
        "2001:db8::8a2e:370:7334",
        "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8", "１９２.１６８.０.１",
    ])
    func addressesAccepted(_ value: String) { #expect(problem(value, .ip) == nil) }

    @Test(arguments: [
        "256.1.1.1", "1.2.3", "1.2.3.4.5", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "g::1",
        "host",
    ])
    func addressesRefused(_ value: String) { #expect(problem(value, .ip) == .notOfType(.ip)) }

    @Test(arguments: ["HIS-51", "pc01.ward4.local", "a", String(repeating: "a", count: 63)])
    func hostnamesAccepted(_ value: String) { #expect(problem(value, .hostname) == nil) }

    @Test(arguments: ["-pc", "pc-", "pc_01", "病棟PC", "a..b", String(repeating: "a", count: 64)])
    func hostnamesRefused(_ value: String) {
        #expect(problem(value, .hostname) == .notOfType(.hostname))
    }

    @Test(arguments: [
        "03:15", "3:15", "2026-11-21T03:15", "2026-11-21 03:15:30", "2026-11-21T03:15:30.5Z",
        "2026-11-21T03:15+09:00", "2024-02-29 00:00",
    ])
    func datetimesAccepted(_ value: String) { #expect(problem(value, .datetime) == nil) }

    @Test(arguments: [
        "25:00", "03:60", "2026-13-01 00:00", "2025-02-29 00:00", "2026-11-21", "yesterday", "3:5",
    ])
    func datetimesRefused(_ value: String) {
        #expect(problem(value, .datetime) == .notOfType(.datetime))
    }

    @Test(arguments: [
        "03-1234-5678", "+81 3 1234 5678", "(03) 1234-5678", "内線 1234", "ext. 55", "0120-179-066",
    ])
    func phonesAccepted(_ value: String) { #expect(problem(value, .phone) == nil) }

    @Test(arguments: ["call me", "内線", "03-1234-ABCD"])
    func phonesRefused(_ value: String) { #expect(problem(value, .phone) == .notOfType(.phone)) }

    @Test func requiredAndOptional() {
        #expect(problem("", .text) == .empty)
        #expect(problem("   ", .text) == .empty)
        #expect(problem("", .ip, required: false) == nil)
        #expect(problem("不明", .text) == nil)
    }

    @Test func patternMustMatchTheWholeValue() {
        #expect(problem("NS-4F-03", .text, pattern: "[A-Z]+-[0-9]F-[0-9]+") == nil)
        #expect(
            problem("xNS-4F-03", .text, pattern: "[A-Z]+-[0-9]F-[0-9]+")
                == .patternMismatch("[A-Z]+-[0-9]F-[0-9]+"))
        #expect(problem("HIS-51", .hostname, pattern: "HIS-[0-9]+") == nil)
        #expect(
            problem("AB-51", .hostname, pattern: "HIS-[0-9]+") == .patternMismatch("HIS-[0-9]+"))
    }
}
