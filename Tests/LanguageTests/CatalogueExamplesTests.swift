import Testing
@testable import Language

@Suite struct CatalogueExamplesTests {
    static var allExamples: [(String, String)] {
        CommandCatalogue.all.flatMap { spec in spec.examples.map { (spec.verb, $0) } }
            + HelpTexts.topicExamples.map { ("topic", $0) } + HelpTexts.subcommandExamples
    }

    @Test(arguments: allExamples)
    func exampleParsesAndValidates(_ verb: String, _ example: String) {
        var usesVerb = verb == "topic"
        for entry in Parser.parseProgram(example) {
            switch entry.result {
            case .failure(let d):
                Issue.record("\(verb) example line \(entry.firstLine): \(d.render(source: entry.source))")
            case .success(let parsed):
                if case .command(let command) = parsed.statement {
                    do throws(Diagnostic) {
                        let v = try CommandCatalogue.validate(command)
                        if v.verb == verb { usesVerb = true }
                    } catch {
                        Issue.record("\(verb) example: \(error.render(source: entry.source))")
                    }
                }
            }
        }
        #expect(usesVerb, "the example of `\(verb)` should use it")
    }

    @Test func everyCommandIsDocumented() {
        for spec in CommandCatalogue.all {
            #expect(!spec.summary.isEmpty && !spec.help.isEmpty && !spec.examples.isEmpty, "\(spec.verb)")
            for sub in spec.subcommands { #expect(!sub.summary.isEmpty, "\(spec.verb) \(sub.name)") }
            #expect(HelpTexts.help(topic: spec.verb) != nil)
        }
    }

    @Test func catalogueCoversLanguageMD() {
        let verbs = Set(CommandCatalogue.verbs)
        for verb in ["data", "split", "augment", "model", "layer", "init", "show", "loss", "optimizer", "set", "train",
                     "step", "evaluate", "restore", "predict", "compare", "plot", "save", "load", "run", "lessons",
                     "lesson", "history", "reset", "help", "undo", "quit"] {
            #expect(verbs.contains(verb), "\(verb)")
        }
        #expect(CommandCatalogue.spec(named: "data")?.subcommandNames == Vocabulary.datasets)
        #expect(CommandCatalogue.spec(named: "layer")?.subcommandNames == Vocabulary.layerKinds)
        #expect(CommandCatalogue.spec(named: "show")?.subcommandNames == Vocabulary.views)
        #expect(CommandCatalogue.spec(named: "init")?.subcommandNames == Vocabulary.initializers)
        #expect(CommandCatalogue.spec(named: "optimizer")?.subcommandNames == Vocabulary.optimizers)
        #expect(CommandCatalogue.spec(named: "loss")?.subcommandNames == Vocabulary.losses)
        #expect(CommandCatalogue.spec(named: "set")?.subcommandNames == Vocabulary.settings)
    }

    @Test func verbsAreNotFunctionsOrReserved() {
        for verb in CommandCatalogue.verbsAndAliases {
            #expect(FunctionCatalogue.function(named: verb) == nil, "\(verb)")
            #expect(!ReservedWords.all.contains(verb))
        }
    }
}
