import Foundation
import ShodoTestSupport
import Testing

@Suite(
    "shodo drill report / improvement / register / trends, the real binary",
    .noProcessOutlivesTheSuite)
struct DrillAfterCommandLineTests {
    @Test func aRealIncidentsJournalIsRefusedAndNothingIsAppended() throws {
        let cli = ShodoCommandLine()
        defer { cli.home.remove() }
        let run = try cli.headless("full-tour", ShodoCommandLine.fullTour)
        #expect(run.status == 0, "stderr: \(run.errors)")
        let journal = try cli.journal()
        let linesBefore = try cli.lines(of: journal).count

        let report = try cli.run(["drill", "report", journal, "-o", cli.home.file("aar.html")])
        #expect(report.status == 1)
        #expect(report.errors.contains("\(journal) is not a drill journal"))
        #expect(!FileManager.default.fileExists(atPath: cli.home.file("aar.html")))

        let add = try cli.run([
            "drill", "improvement", "add", journal, "--finding", "f", "--action", "a", "--owner",
            "o", "--due", "2027-01-31",
            "--category", "runbook", "--reviewer", "田中",
        ])
        #expect(add.status == 1)
        #expect(add.errors.contains("is not a drill journal"))
        #expect(try cli.lines(of: journal).count == linesBefore)

        let badDate = try cli.run(["drill", "report", journal, "--today", "2027-02-30"])
        #expect(badDate.status == 2)
        #expect(badDate.errors.contains("--today 2027-02-30: give a date as YYYY-MM-DD"))

        let directory = (journal as NSString).deletingLastPathComponent
        let register = try cli.run([
            "drill", "register", directory, "-o", cli.home.file("register.csv"),
        ])
        #expect(register.status == 0, "stderr: \(register.errors)")
        let csv = try String(contentsOfFile: cli.home.file("register.csv"), encoding: .utf8)
        #expect(
            csv.hasPrefix("Date,Type,Scenario,Team,") && csv.split(separator: "\r\n").count == 1,
            "a real journal is no drill")
        let trends = try cli.run(["drill", "trends", directory])
        #expect(trends.status == 0 && trends.output.hasPrefix("Scenario\tMilestone\tRunbook"))
    }
}
