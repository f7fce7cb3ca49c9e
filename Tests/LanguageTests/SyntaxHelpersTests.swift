import Testing
@testable import Language

@Suite struct SyntaxHelpersTests {
    @Test(arguments: [
        ("train 10", true), ("let w = [1, 2", false), ("let w = [[1, 2], [3", false), ("sigmoid(0.5", false),
        ("save \"m.json", false), ("save \"a\\\"b\"", true), ("# [ in a comment", true), ("x = \"[\"", true),
        ("let w = [1,\n 2]", true), ("1 + 2)", true), ("", true), ("[1, # ]\n", false),
    ])
    func completeness(_ text: String, _ complete: Bool) {
        #expect(Syntax.isComplete(text) == complete)
    }

    @Test(arguments: [
        ("[12]> train 10", "train 10"), ("> layer dense 4 relu", "layer dense 4 relu"), ("nnlab> help", "help"),
        ("  [3]> data spiral", "data spiral"), ("[1, 2]", "[1, 2]"), ("[1]>0", "[1]>0"), ("train 10", "train 10"),
        ("[7]>", ""), (">", ""), ("x > 1", "x > 1"),
    ])
    func pastedPrompts(_ line: String, _ stripped: String) {
        #expect(Syntax.stripPastedPrompt(line) == stripped)
    }

    @Test func blankLines() {
        #expect(Syntax.isBlank(""))
        #expect(Syntax.isBlank("   # note"))
        #expect(Syntax.isBlank("\n\t \n"))
        #expect(!Syntax.isBlank("train 1 # go"))
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("🚀") == 2)
        #expect(DisplayWidth.shown("\u{0}") == "\u{FFFD}")
    }
}
