import Testing
@testable import Language

@Suite struct SyntaxDiagnosticTests {
    private func diagnostic(_ source: String) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try CommandCatalogue.check(source)
            return nil
        } catch {
            return error
        }
    }

    @Test func rendersCaretUnderTheOffendingWord() throws {
        let source = "layer dense 16 rleu"
        let d = try #require(diagnostic(source))
        #expect(d.render(source: source) == """
        layer dense 16 rleu
                       ^~~~
        error: unknown activation `rleu`; expected one of sigmoid, tanh, relu, linear, softmax
        did you mean `relu`?
        """)
        #expect(d.suggestion == "relu")
        #expect(d.expected == "one of sigmoid, tanh, relu, linear, softmax")
    }

    @Test func caretAlignsAfterWideCharacters() throws {
        let source = "save \"日本.json\" extra"
        let d = try #require(diagnostic(source))
        let lines = d.render(source: source).split(separator: "\n", omittingEmptySubsequences: false)
        // `save "日本.json" ` is 17 display cells: 日 and 本 take two each.
        #expect(lines[1] == String(repeating: " ", count: 17) + "^~~~~")
    }

    @Test func missingArgumentPointsJustAfterTheText() throws {
        let source = "layer dense"
        let d = try #require(diagnostic(source))
        #expect(d.span.isEmpty)
        #expect(d.render(source: source).split(separator: "\n")[1] == "           ^")
    }

    @Test func secondLineOfAStatement() throws {
        let source = "let m = [[1, 2],\n         [3, é]]"
        let d = try #require(diagnostic(source))
        #expect(d.span.start.line == 2)
        let lines = d.render(source: source).split(separator: "\n")
        #expect(lines[0] == "         [3, é]]")
        #expect(lines[1] == "             ^")
        #expect(lines[2].hasPrefix("error (line 2):"))
    }

    @Test func controlCharactersAreNeverEchoed() throws {
        let source = "train\u{1B}[2J 10"
        let d = try #require(diagnostic(source))
        let rendered = d.render(source: source)
        #expect(!rendered.contains("\u{1B}"))
        #expect(rendered.split(separator: "\n")[1] == "     ^")
    }

    @Test func longLinesAreWindowed() throws {
        let source = String(repeating: "1 + ", count: 25_000) + "$"
        let d = try #require(diagnostic(source))
        let lines = d.render(source: source).split(separator: "\n")
        #expect(lines[0].hasPrefix("…"))
        #expect(lines[0].count < 150)
        let caretColumn = try #require(lines[1].firstIndex(of: "^"))
        let echoedDollar = try #require(lines[0].firstIndex(of: "$"))
        #expect(lines[1].distance(from: lines[1].startIndex, to: caretColumn)
                == lines[0].distance(from: lines[0].startIndex, to: echoedDollar))
    }

    @Test func suggestionsAreNearestAndCaseInsensitive() {
        #expect(Suggest.nearest(to: "rleu", in: Vocabulary.activations) == "relu")
        #expect(Suggest.nearest(to: "SIGMOD", in: Vocabulary.activations) == "sigmoid")
        #expect(Suggest.nearest(to: "trian", in: CommandCatalogue.verbs) == "train")
        #expect(Suggest.nearest(to: "spirl", in: Vocabulary.datasets) == "spiral")
        #expect(Suggest.nearest(to: "xyzzy", in: Vocabulary.activations) == nil)
        #expect(Suggest.nearest(to: "q", in: ["quit"]) == nil)
        #expect(Suggest.nearest(to: "y", in: ["q", "w"]) == nil)    // every letter changed
        #expect(Suggest.nearest(to: "wx", in: ["w", "x"]) == "w")
        #expect(Suggest.nearest(to: "cros", in: Vocabulary.losses) == "crossentropy")
        #expect(Suggest.nearest(to: "", in: ["a"]) == nil)
        #expect(Suggest.distance("ca", "abc") == 3)
        #expect(Suggest.distance("abcd", "abdc") == 1)
        #expect(Suggest.distance("kitten", "sitting") == 3)
    }

    @Test func unknownCommandSuggestsAVerb() throws {
        let d = try #require(diagnostic("trian 100"))
        #expect(d.suggestion == "train")
        #expect(d.span.start.offset == 0 && d.span.end.offset == 5)
        #expect(try #require(diagnostic("lest x = 1")).suggestion == "let")
    }

    @Test func optionErrorsPointAtTheOption() throws {
        let source = "data spiral n=200 nosie=0.1"
        let d = try #require(diagnostic(source))
        #expect(d.suggestion == "noise")
        #expect(d.render(source: source).split(separator: "\n")[1] == "                  ^~~~~")
    }
}
