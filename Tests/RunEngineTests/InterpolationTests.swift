import RunEngine
import ShodoTestSupport
import Testing

@Suite("{{field}} interpolation")
struct InterpolationTests {
    @Test func fillsKnownNamesExactlyAsEntered() {
        #expect(
            Interpolation.fill("端末 {{pc_label}} の LAN", values: ["pc_label": "HIS-51"])
                == "端末 HIS-51 の LAN")
        #expect(Interpolation.fill("{{ a }}+{{b}}", values: ["a": "1", "b": "2"]) == "1+2")
    }

    @Test func leavesUnknownNamesAndUnclosedBracesVisible() {
        #expect(Interpolation.fill("x {{missing}} y", values: [:]) == "x {{missing}} y")
        #expect(Interpolation.fill("open {{never", values: ["never": "n"]) == "open {{never")
    }

    @Test func listsNamesInOrder() {
        #expect(Interpolation.names(in: "{{a}} and {{ b }} {{a}}") == ["a", "b", "a"])
    }

    @Test func interpolatesStepTitlesInsideAnIncludedRunbook() {
        var run = EngineDriver(state: FixtureRunbooks.newRun(language: "ja"))
        run.act(.start)
        run.act(.done(note: nil))
        run.act(.input(value: "NS-4F-03"))
        run.act(.choose(optionID: "wired"))
        run.act(.confirm(note: nil))
        run.act(.confirm(note: nil))
        #expect(run.records.last?.message == "確認済み: NS-4F-03 のランプ")
    }
}
