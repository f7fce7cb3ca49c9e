import Testing
@testable import Language

@Suite struct CatalogueValidationTests {
    private func validated(_ source: String) throws -> ValidatedCommand {
        try #require(try CommandCatalogue.check(source).command)
    }

    /// A bare word that is a value of an option is answered with the option form.
    @Test func anOptionValueTypedBareSuggestsTheOption() {
        do throws(Diagnostic) {
            _ = try CommandCatalogue.check("show confusion valid")
            Issue.record("accepted")
        } catch {
            #expect(error.suggestion == "split=valid")
            #expect(error.span.start.column == 16)
        }
    }

    @Test func denseLayer() throws {
        let c = try validated("layer dense 16 relu")
        #expect(c.verb == "layer" && c.subcommand == "dense")
        #expect(c.integer("width") == 16)
        #expect(c.word("activation") == "relu")
        #expect(c.span(of: "activation")?.start.column == 16)
        #expect(try validated("layer dense 4").word("activation") == nil)
        #expect(try validated("Layer DENSE 4 ReLU").word("activation") == "relu")
    }

    @Test func dataWithOptions() throws {
        let c = try validated("data spiral n=200 noise=0.1 seed=1")
        #expect(c.subcommand == "spiral")
        #expect(c.option("n") == .integer(200))
        #expect(c.option("noise") == .number(0.1))
        #expect(c.integer("seed") == 1)
        let load = try validated("data load \"my data.csv\" target=label task=regression")
        #expect(load.string("file") == "my data.csv")
        #expect(load.option("target") == .word("label"))
        #expect(load.option("task") == .word("regression"))
        #expect(try validated("data load \"a.csv\" target=3").option("target") == .integer(3))
        #expect(try validated("data load \"a.csv\" target=\"price (€)\"").option("target") == .string("price (€)"))
    }

    @Test func flags() throws {
        let c = try validated("layer attention heads=2 causal")
        #expect(c.hasFlag("causal") && c.integer("heads") == 2)
        #expect(try validated("layer lstm 16 last").hasFlag("last"))
        #expect(try validated("layer lstm last 16").integer("width") == 16)
        #expect(try validated("show gradient time layer=1").hasFlag("time"))
    }

    @Test func variadicValues() throws {
        let p = try validated("predict 0.5 -1.2")
        #expect(p.arguments("input") == [.number(0.5), .number(-1.2)])
        #expect(try validated("predict [0.5, -1.2]").arguments("input") == [.numbers([0.5, -1.2])])
        let cmp = try validated("compare lr 0.001 0.01 0.1 1 epochs=50")
        #expect(cmp.word("setting") == "lr")
        #expect(cmp.arguments("value").count == 4)
        #expect(cmp.integer("epochs") == 50)
        #expect(try validated("compare init xavier he zeros").arguments("value") == [.word("xavier"), .word("he"), .word("zeros")])
    }

    @Test func plotTakesExpressions() throws {
        let p = try validated("plot x^2 - 1 from=-3 to=3")
        guard case .expression(let e)? = p.argument("function") else { Issue.record("no expression"); return }
        #expect(e.description == "(- (^ x 2) 1)")
        #expect(p.number("from") == -3 && p.number("to") == 3)
        #expect(try validated("plot sigmoid tanh relu").arguments("function").count == 3)
    }

    @Test func aliasesAndQuestionMark() throws {
        #expect(try validated("exit").verb == "quit")
        #expect(try validated("optimiser adam").verb == "optimizer")
        let help = try validated("?train")
        #expect(help.verb == "help" && help.word("topic") == "train")
        #expect(try validated("help layer dense").word("detail") == "dense")
    }

    @Test func settingsTakeTheirOwnKinds() throws {
        #expect(try validated("set batch 10").argument("value") == .integer(10))
        #expect(try validated("set lr 0.03").argument("value") == .number(0.03))
        #expect(try validated("set seed 7").argument("value") == .integer(7))
        #expect(try validated("split 80 20").number("test") == nil)
        #expect(try validated("init constant -0.5").number("value") == -0.5)
    }

    @Test func handBuiltCommandWithUnknownVerb() {
        let span = SourceSpan(start: .start(), end: SourcePosition(offset: 4, line: 1, column: 5))
        let command = Command(verb: Word("tran", span: span))
        #expect(throws: Diagnostic.self) { try CommandCatalogue.validate(command) }
    }

    @Test func limitsAreStatedInMessages() {
        do throws(Diagnostic) {
            _ = try CommandCatalogue.check("layer dense 10000 relu")
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("\(Limits.maxLayerWidth)"))
        }
    }
}
