import Testing
@testable import Language

@Suite struct CatalogueHelpCompletionTests {
    @Test func overviewIsGrouped() throws {
        let overview = try #require(HelpTexts.help(topic: nil))
        for group in HelpGroup.allCases { #expect(overview.contains(group.rawValue)) }
        for verb in CommandCatalogue.verbs { #expect(overview.contains("  \(verb) ")) }
        #expect(HelpTexts.help(topic: "") == overview)
    }

    @Test func commandPages() throws {
        let train = try #require(HelpTexts.help(topic: "train"))
        #expect(train.contains("usage: train EPOCHS"))
        #expect(train.contains("example"))
        let layer = try #require(HelpTexts.help(topic: "?Layer dense"))
        #expect(layer.contains("layer dense WIDTH [ACTIVATION]"))
        #expect(layer.contains("heads="))
        #expect(HelpTexts.help(topic: "exit") == HelpTexts.help(topic: "quit"))
        #expect(HelpTexts.help(topic: "sigmoid")?.contains("sigmoid(x)") == true)
        #expect(HelpTexts.help(topic: "functions")?.contains("randn") == true)
        #expect(HelpTexts.help(topic: "nonsense") == nil)
        for topic in HelpTexts.topics { #expect(HelpTexts.help(topic: topic) != nil, "\(topic)") }
    }

    /// Help fits an 80-column terminal: no line before the examples is wider than 78 cells.
    @Test func helpLinesFitEightyColumns() throws {
        for topic in [nil] + HelpTexts.topics.map(Optional.some) {
            let page = try #require(HelpTexts.help(topic: topic))
            for line in page.split(separator: "\n") {
                if line.hasPrefix("example") { break }
                #expect(DisplayWidth.of(line) <= HelpTexts.lineWidth, "\(topic ?? "overview"): \(line)")
            }
        }
    }

    /// Every measurement the interpreter knows has help, and only those are listed.
    @Test func everyMeasurementHasHelp() throws {
        #expect(Set(HelpTexts.measureNames) == Set(Interpreter.sessionFunctions))
        for name in Interpreter.sessionFunctions {
            let page = try #require(HelpTexts.help(topic: name), "\(name)")
            if CommandCatalogue.spec(named: name) != nil {   // `loss`: the command's page points on
                #expect(page.contains("help measures"), "\(name)")
            } else {
                #expect(page.hasPrefix("measures — "), "\(name)")
                #expect(page.contains("  \(name)"), "\(name)")
            }
        }
        let overview = try #require(HelpTexts.help(topic: nil))
        #expect(overview.contains("  ?measures "))
        #expect(overview.contains("  ?functions "))
    }

    private func complete(_ line: String, _ cursor: Int? = nil) -> (Int, [String]) {
        let r = Completions.completions(line: line, cursor: cursor ?? line.utf8.count)
        return (r.start, r.candidates)
    }

    @Test func commandsAtTheStart() {
        let (start, candidates) = complete("tr")
        #expect(start == 0)
        #expect(candidates == ["train", "transpose"])
        #expect(complete("").1.contains("layer"))
        #expect(complete("  [3]> sh").1 == ["show"])
    }

    @Test func subWordsAfterAVerb() {
        #expect(complete("layer d") == (6, ["dense", "dropout"]))
        #expect(complete("data s").1 == ["sine", "sinewave", "spiral"])
        #expect(complete("show gr").1 == ["gradient", "graph"])
        #expect(complete("init ").1 == Vocabulary.initializers.sorted())
    }

    @Test func activationsOptionsAndValues() {
        #expect(complete("layer dense 16 r").1 == ["relu"])
        #expect(complete("layer dense 16 ").1.contains("softmax"))
        #expect(complete("data spiral n").1 == ["n=", "noise="])
        #expect(complete("data spiral n=100 n").1 == ["noise="])
        #expect(complete("layer attention c").1 == ["causal"])
        #expect(complete("data load \"a.csv\" task=r") == (23, ["regression"]))
        #expect(complete("show confusion split=").1 == ["test", "train", "valid"])
        #expect(complete("compare init x").1 == ["xavier"])
        #expect(complete("compare l").1 == ["l1", "l2", "loss", "lr"])
        #expect(complete("set ").1 == Vocabulary.settings.sorted())
        #expect(complete("help tr").1 == ["train", "transpose"])
        #expect(complete("?lay").1 == ["layer"])
    }

    @Test func expressionsAndStrings() {
        #expect(complete("let y = sigm").1 == ["sigmoid"])
        #expect(complete("plot tan").1 == ["tanh"])
        #expect(complete("save \"m").1.isEmpty)
        #expect(complete("layer dense 16 relu", 7) == (6, ["dense", "dropout"]))
        #expect(complete("layer dense", 1_000).1 == ["dense"])
        _ = complete("日本 x", 2)  // a cursor inside a character is clamped back, never crashes
        #expect(complete("日本 x", -5).0 == 0)
    }
}
