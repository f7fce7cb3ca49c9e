import Testing
@testable import Language

/// Bad input of every kind: each must give a `Diagnostic` (never a crash) whose span lies
/// inside the input and whose rendering shows a caret. Add rows freely: (input, a substring
/// of the diagnostic's summary — message plus "expected …" — case-insensitive).
@Suite struct SyntaxBadInputTests {
    static let table: [(String, String)] = [
        // Empty and blank.
        ("", "empty statement"),
        ("   ", "empty statement"),
        ("# only a comment", "empty statement"),
        (";", "`;` alone"),
        ("\n\n", "empty statement"),
        // Unknown commands and words, with suggestions.
        ("trian 100", "unknown command `trian`"),
        ("lyer dense 16 relu", "unknown command `lyer`"),
        ("dta spiral", "unknown command `dta`"),
        ("evalute now", "unknown command"),
        ("lest x = 1", "unknown command `lest`"),
        ("sigmoid 0.5", "is a function, not a command"),
        ("foo bar", "unknown command `foo`"),
        ("layer dense 16 rleu", "unknown activation `rleu`"),
        ("layer dense 16 sigmod", "unknown activation"),
        ("layer dens 16 relu", "unknown layer kind `dens`"),
        ("layer transformer", "unknown layer kind"),
        ("data spirl", "unknown dataset `spirl`"),
        ("data mnist", "unknown dataset `mnist`"),
        ("show gradients", "unknown view `gradients`"),
        ("show weigths", "unknown view"),
        ("init glorot", "unknown initialiser `glorot`"),
        ("init xavir", "unknown initialiser"),
        ("optimizer adma", "unknown optimiser `adma`"),
        ("optimizer lbfgs", "unknown optimiser"),
        ("loss mae", "unknown loss `mae`"),
        ("loss cross_entropy", "unknown loss"),
        ("set learning_rate 0.1", "unknown setting `learning_rate`"),
        ("set lrr 0.1", "unknown setting"),
        ("restore worst", "unknown checkpoint `worst`"),
        ("model reset", "unknown model action"),
        ("augment flip", "unknown augmentation"),
        ("compare width 4 8", "unknown setting `width`"),
        ("compare init xavier glorot", "unknown initialiser `glorot`"),
        ("compare optimizer adam sdg", "unknown optimiser `sdg`"),
        ("help trian", "no help on `trian`"),
        ("?lyer", "no help on"),
        ("data load \"a.csv\" task=clustering", "unknown task `clustering`"),
        ("show confusion split=validation", "unknown split `validation`"),
        // Unknown, duplicate and misplaced options.
        ("data spiral nosie=0.1", "unknown option `nosie=`"),
        ("data spiral samples=100", "unknown option"),
        ("train 100 epochs=3", "takes no options"),
        ("layer dense 16 relu heads=2", "takes no options"),
        ("data spiral n=100 n=200", "given twice"),
        ("layer attention causal causal", "given twice"),
        ("layer attention causal=1", "is a flag"),
        ("optimizer sgd beta1=0.9", "unknown option `beta1=`"),
        ("show model layer=1", "takes no options"),
        ("show weights head=1", "unknown option `head=`"),
        ("layer rnn 16 causal", "too many arguments"),
        ("layer dense 16 relu last", "too many arguments"),
        // Missing arguments.
        ("data", "`data` needs a dataset"),
        ("layer", "`layer` needs a layer kind"),
        ("layer dense", "needs width"),
        ("layer dropout", "needs rate"),
        ("layer lstm", "needs width"),
        ("layer embed", "needs width"),
        ("init", "needs a initialiser"),
        ("init constant", "needs value"),
        ("loss", "needs a loss"),
        ("optimizer", "needs a optimiser"),
        ("set", "needs a setting"),
        ("set lr", "`set lr` needs a value"),
        ("train", "needs epochs"),
        ("split", "needs train"),
        ("split 70", "needs valid"),
        ("augment", "needs a augmentation"),
        ("augment noise", "needs sigma"),
        ("restore", "needs a checkpoint"),
        ("model", "needs a model action"),
        ("predict", "needs input"),
        ("compare", "needs setting"),
        ("compare lr", "needs value"),
        ("compare lr 0.1", "at least two values"),
        ("save", "needs file"),
        ("load", "needs file"),
        ("run", "needs file"),
        ("lesson", "needs number"),
        ("data load", "needs file"),
        ("show", "needs a view"),
        ("plot", "needs function"),
        // Extra arguments.
        ("train 100 200", "too many arguments"),
        ("evaluate now please", "takes no arguments"),
        ("reset all", "takes no arguments"),
        ("quit now", "takes no arguments"),
        ("undo 2", "takes no arguments"),
        ("lessons 3", "takes no arguments"),
        ("model clear all", "takes no arguments"),
        ("layer posenc 16", "takes no arguments"),
        ("layer norm 1e-5", "takes no arguments"),
        ("data spiral 200", "takes no arguments"),
        ("data spiral n 200", "takes no arguments"),
        ("show curve please", "takes no arguments"),
        ("split 50 25 15 10", "too many arguments"),
        ("init he 0.1", "takes no arguments"),
        ("loss mse 2", "takes no arguments"),
        ("save \"a.json\" \"b.json\"", "too many arguments"),
        // Wrong types.
        ("train fast", "wrong kind of value for epochs"),
        ("train \"100\"", "wrong kind of value"),
        ("train 10.5", "must be a whole number"),
        ("train [100]", "wrong kind of value"),
        ("layer dense relu", "wrong kind of value for width"),
        ("layer dense 16.5 relu", "whole number"),
        ("layer dense 16 3", "wrong kind of value for activation"),
        ("layer dropout high", "wrong kind of value for rate"),
        ("set batch ten", "wrong kind of value"),
        ("set lr fast", "wrong kind of value for lr"),
        ("save m", "unknown thing to save `m`"),
        ("run script", "must be in quotes"),
        ("data load data", "must be in quotes"),
        ("save \"\"", "is empty"),
        ("lesson one", "wrong kind of value"),
        ("data spiral n=many", "wrong kind of value for n"),
        ("data spiral noise=\"0.1\"", "wrong kind of value for noise"),
        ("show attention head=first", "wrong kind of value for head"),
        ("predict 0.5 [1, 2]", "numbers or as one list"),
        ("predict [1, \"a\"]", "numbers only"),
        ("predict []", "empty list"),
        ("predict hello", "wrong kind of value"),
        ("compare lr fast slow", "wrong kind of value for lr"),
        ("compare init 1 2", "wrong kind of value for init"),
        // Ranges and absurd sizes.
        ("layer dense 0 relu", "at least 1"),
        ("layer dense -4 relu", "at least 1"),
        ("layer dense 100000 relu", "the limit is 4096"),
        ("layer dense 1e9 relu", "the limit is 4096"),
        ("layer lstm 5000", "the limit is 4096"),
        ("layer dropout 1", "below 1"),
        ("layer dropout -0.1", "at least 0"),
        ("layer attention heads=0", "at least 1"),
        ("layer attention heads=1000", "the limit is 64"),
        ("layer encoder heads=4 ff=100000", "the limit is 16384"),
        ("train 0", "at least 1"),
        ("train 2000000", "the limit is 1000000"),
        ("train -5", "at least 1"),
        ("step 0", "at least 1"),
        ("data spiral n=1000000", "the limit is 100000"),
        ("data spiral n=0", "at least 1"),
        ("data spiral noise=-1", "at least 0"),
        ("data spiral noise=100", "the limit is 10"),
        ("data copy len=100000", "the limit is 1000"),
        ("data copy vocab=1", "at least 2"),
        ("set batch 0", "at least 1"),
        ("set batch 1000000", "the limit is 100000"),
        ("set lr 0", "greater than 0"),
        ("set lr -0.1", "greater than 0"),
        ("set lr 1e6", "the limit is 1000"),
        ("set l2 -1", "at least 0"),
        ("set seed -1", "at least 0"),
        ("set seed 1e20", "the limit is 4294967295"),
        ("set patience 2.5", "whole number"),
        ("optimizer momentum momentum=1", "below 1"),
        ("optimizer adam beta2=1.5", "below 1"),
        ("lesson 0", "at least 1"),
        ("lesson 1000", "the limit is 99"),
        ("history 0", "at least 1"),
        ("split 70 15 10", "add up to 95"),
        ("split 0.7 0.15 0.15", "add up to 1"),
        ("split 0 50 50", "greater than 0"),
        ("split 70 40 -10", "at least 0"),
        ("plot sigmoid from=3 to=-3", "interval is empty"),
        ("plot a b c d e f g h i", "the limit is 8"),
        ("compare lr 1 2 3 4 5 6 7 8 9 10 11", "the limit is 10"),
        ("compare batch 0 10", "at least 1"),
        ("init normal -1", "greater than 0"),
        ("init he layer=0", "at least 1"),
        ("show weights layer=5000", "the limit is 1000"),
        ("augment noise 0", "greater than 0"),
        ("augment noise 0.1 copies=1000", "the limit is 100"),
        ("1e999", "too large"),
        // Unbalanced brackets and bad expressions.
        ("[1, 2", "never closed"),
        ("sigmoid(0.5", "never closed"),
        ("let w = [[1, 2], [3, 4]", "never closed"),
        ("1 + 2)", "nothing is open"),
        ("]", "nothing is open"),
        ("predict [1, 2", "never closed"),
        ("predict 1, 2]", "unexpected `,`"),
        ("let w = [1 2]", "unexpected number 2"),
        ("let w = (1 + )", "unexpected `)`"),
        ("()", "empty parentheses"),
        ("1 +", "incomplete"),
        ("* 2", "unexpected `*`"),
        ("2 3", "unexpected number 3 after the expression"),
        ("x = 3", "`let x = …`"),
        ("1 < 2 < 3", "don't chain"),
        ("let", "`let` needs a name"),
        ("let 3 = 4", "expected a name"),
        ("let w", "missing `=`"),
        ("let w == 2", "a binding uses `=`"),
        ("let w =", "needs a value"),
        ("let data = 3", "is a command"),
        ("let relu = 3", "is a built-in function"),
        ("let grad = 1", "reserved"),
        ("let w' = 1", "can't end in `'`"),
        ("let Train = 1", "is a command"),
        ("grad", "needs an expression"),
        ("grad x^2", "missing `wrt`"),
        ("grad x^2 wrt", "`wrt` needs a name"),
        ("grad x^2 wrt 3", "after `wrt`"),
        ("wrt x", "can't be used here"),
        ("sigmoid(\"a\")", "string can't be used"),
        ("train 10; train 20", "`;` may only end"),
        ("train 10\ntrain 20", "more than one statement"),
        ("train - 10", "a space after `-`"),
        ("train (10)", "unexpected `(`"),
        ("layer dense 16 + 2", "unexpected `+`"),
        ("data spiral =0.1", "a space before `=`"),
        ("= 3", "unexpected `=`"),
        ("data spiral n=", "needs a value"),
        ("?? train", "unexpected `?`"),
        ("show data ?", "unexpected `?`"),
        (String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500), "too deeply nested"),
        (String(repeating: "-", count: 500) + "1", "too deeply nested"),
        ("2" + String(repeating: "^2", count: 500), "too deeply nested"),
        ("predict " + String(repeating: "[", count: 200), "too deeply nested"),
        // Lexical: stray unicode, control characters, malformed numbers and strings.
        ("layer dense 16 rélu", "unexpected character `é`"),
        ("let 名前 = 1", "unexpected character"),
        ("train 100 🚀", "unexpected character"),
        ("let x = 2 × 3", "`*`"),
        ("let x = 2 − 3", "ASCII minus"),
        ("save “m.json”", "curly quote"),
        ("train\u{0}100", "control character U+0000"),
        ("train 1\u{7}", "control character U+0007"),
        ("data\u{1B}[31m spiral", "control character U+001B"),
        ("train 10\u{7F}", "control character U+007F"),
        ("save \"a\u{1}b\"", "control character U+0001 inside a string"),
        ("let x = 3 $ 4", "unexpected character `$`"),
        ("let x = {1}", "unexpected character `{`"),
        ("a | b", "unexpected character `|`"),
        ("x ! y", "unexpected `!`"),
        ("'abc'", "strings use double quotes"),
        ("(x)'", "derivative mark"),
        ("save m.json", "file name goes in quotes"),
        ("layer attention heads = 2", "a space before `=`"),
        ("save \"m.json", "never closed"),
        ("save \"a\\qb\"", "unknown escape"),
        ("layer dense 16relu", "runs into a word"),
        ("let x = 1.2.3", "malformed number"),
        ("let x = 2e", "runs into a word"),
        ("sigmoid'x", "derivative mark"),
        ("let x = .", "unexpected `.`"),
        // Very long input.
        (String(repeating: "a", count: 100_000) + " 1", "unknown command"),
        ("layer dense 16 " + String(repeating: "z", count: 100_000), "unknown activation"),
        ("let x = " + String(repeating: "1 + ", count: 25_000) + "é", "unexpected character"),
        (String(repeating: "1", count: 100_000) + "0", "too large"),
        ("let x = " + String(repeating: "1 + ", count: 25_000) + "1", "too many operators"),
        ("plot " + String(repeating: "x * ", count: 25_000) + "x", "too many operators"),
        ("predict " + String(repeating: "1 ", count: 50_000), "the limit is 10000"),
        ("let v = [" + String(repeating: "1, ", count: 50_000) + "x", "never closed"),
    ]

    @Test func tableIsLargeAndDistinct() {
        #expect(Self.table.count >= 150)
        #expect(Set(Self.table.map(\.0)).count == Self.table.count)
    }

    @Test(arguments: table)
    func badInputGivesPositionedDiagnostic(_ input: String, _ expected: String) {
        do throws(Diagnostic) {
            let checked = try CommandCatalogue.check(input)
            Issue.record("accepted: \(checked.parsed.statement.description.prefix(80))")
        } catch {
            let length = input.utf8.count
            #expect(error.span.start.offset >= 0 && error.span.start.offset <= error.span.end.offset)
            #expect(error.span.end.offset <= length, "span outside the input")
            #expect(error.summary.lowercased().contains(expected.lowercased()),
                    "\(error.summary.prefix(300)) — wanted: \(expected)")
            let rendered = error.render(source: input)
            #expect(rendered.contains("^"))
            #expect(rendered.contains("error"))
            #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "raw control characters echoed")
            #expect(rendered.count < 2_000, "a render must stay short")
        }
    }
}

/// Random input from an alphabet of the language's own pieces: nothing may crash, and every
/// diagnostic must lie inside its input and render with a caret.
@Suite struct SyntaxFuzzTests {
    static let pieces = ["data", "layer", "dense", "16", "-", "relu", "=", "n", "[", "]", "(", ")", ",", "\"", "\\",
                         "#", ";", "?", "'", "·", "@", "^", "*", "/", "+", "<", "=", "!", "let", "grad", "wrt",
                         "plot", "x", "0.5", "1e", ".", "é", "日", "\u{0}", "\u{1B}", "\n", " ", "  ", "\t", "e3",
                         "train", "set", "lr", "split", "show", "compare", "help", "predict", "init", "constant"]

    @Test func randomStatementsNeverCrash() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(1 + random(12)) { text += Self.pieces[random(Self.pieces.count)] + (random(3) == 0 ? "" : " ") }
            _ = Syntax.isComplete(text)
            _ = Syntax.stripPastedPrompt(text)
            _ = Completions.completions(line: text, cursor: random(text.utf8.count + 2))
            _ = Parser.parseProgram(text)
            do throws(Diagnostic) {
                _ = try CommandCatalogue.check(text)
            } catch {
                #expect(error.span.end.offset <= text.utf8.count, "\(text.debugDescription)")
                #expect(error.render(source: text).contains("^"), "\(text.debugDescription)")
            }
        }
    }
}
