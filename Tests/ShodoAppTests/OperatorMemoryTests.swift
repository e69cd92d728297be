import Foundation
import ShodoApp
import ShodoTestSupport
import Testing

@Suite("Remembered operator name")
struct OperatorMemoryTests {
    @Test func theFirstLineIsTheNameWithoutSurroundingBlanks() throws {
        let directory = TemporaryDirectory("shodo-operator")
        defer { directory.remove() }
        let memory = FileOperatorMemory(path: directory.file("state/operator"))
        #expect(memory.recall() == nil)
        memory.remember("看護師 A")
        #expect(memory.recall() == "看護師 A")
        let mode =
            try FileManager.default.attributesOfItem(atPath: memory.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "only the operator's account may read the name, whatever the umask")
        for (contents, expected) in [
            (" \t看護師B \u{3000}\nsecond line\n", "看護師B"), ("\n", nil), ("   \n看護師C\n", nil),
            ("夜勤", "夜勤"),
        ] as [(String, String?)] {
            try contents.write(toFile: memory.path, atomically: true, encoding: .utf8)
            #expect(memory.recall() == expected, "\(contents.debugDescription)")
        }
    }
}
