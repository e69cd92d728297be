import Foundation
import ShodoTestSupport
import Testing

@Suite(
    "shodo journal custody / annotate and review --sign --key, the real binary",
    .noProcessOutlivesTheSuite)
struct ReviewerCommandLineTests {
    @Test func aFinishedSealedNightIsAnnotatedHandedOverAndSignedWithTheFirstKey() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let keyFile = cli.home.file("k0.txt")
        #expect(try cli.run(["journal", "keygen", "-o", keyFile]).status == 0)
        let photo = cli.home.write("photo.jpg", "three photos")
        let run = try cli.headless(
            "full-tour", ["evidence-file \(photo) 受付の画面"] + ShodoCommandLine.fullTour)
        #expect(run.status == 0, "stderr: \(run.errors)")
        let journal = try cli.journal()

        let refused = try cli.run([
            "journal", "custody", journal, "E1", "--to", "田中", "--reviewer", "田中",
        ])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("--key FILE"))
        let custody = try cli.run([
            "journal", "custody", journal, "e1", "--to", "情報システム課 田中", "--note", "USB No.3",
            "--reviewer", "田中",
            "--key", keyFile,
        ])
        #expect(custody.status == 0, "stderr: \(custody.errors)")
        let annotate = try cli.run([
            "journal", "annotate", journal, "2", "--tag", "証拠", "--reviewer", "田中", "--key",
            keyFile,
        ])
        #expect(annotate.status == 0, "stderr: \(annotate.errors)")
        let pack = cli.home.file("pack.md")
        let review = try cli.run([
            "review", journal, "--sign", "--reviewer", "田中", "--key", keyFile, "-o", pack, "--lang",
            "ja",
        ])
        #expect(review.status == 0, "stderr: \(review.errors)")
        let text = try String(contentsOfFile: pack, encoding: .utf8)
        #expect(text.contains("署名済み：田中"))
        #expect(text.contains("引き渡し：看護師A → 情報システム課 田中（USB No.3）"))
        let verify = try cli.run(["journal", "verify", journal, "--key", keyFile])
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
        #expect(verify.output.contains("sealed: every MAC checked with the key"))
    }
}
