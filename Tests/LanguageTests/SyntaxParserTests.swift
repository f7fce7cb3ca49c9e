import Testing
@testable import Language

@Suite struct SyntaxParserTests {
    /// Every example line of LANGUAGE.md with its expected parse (span-free form).
    static let languageExamples: [(String, String)] = [
        ("data circle", "data circle"), ("data xor", "data xor"), ("data gaussian", "data gaussian"),
        ("data spiral", "data spiral"), ("data spiral n=200 noise=0.1 seed=1", "data spiral n=200 noise=0.1 seed=1"),
        ("data moons", "data moons"), ("data line", "data line"), ("data sine", "data sine"),
        ("data digits", "data digits"),
        ("data load \"file.csv\" target=label", "data load \"file.csv\" target=label"),
        ("data load \"my data.csv\" task=regression", "data load \"my data.csv\" task=regression"),
        ("data copy", "data copy"), ("data reverse len=6 vocab=8", "data reverse len=6 vocab=8"),
        ("data adding n=500", "data adding n=500"), ("data parity", "data parity"), ("data sinewave", "data sinewave"),
        ("split 70 15 15", "split 70 15 15"), ("augment noise 0.1", "augment noise 0.1"), ("show data", "show data"),
        ("model clear", "model clear"), ("layer dense 16 relu", "layer dense 16 relu"),
        ("layer dropout 0.2", "layer dropout 0.2"), ("layer rnn 16", "layer rnn 16"), ("layer lstm 16", "layer lstm 16"),
        ("layer gru 16 last", "layer gru 16 last"), ("layer embed 16", "layer embed 16"), ("layer posenc", "layer posenc"),
        ("layer norm", "layer norm"), ("layer attention heads=2", "layer attention heads=2"),
        ("layer attention heads=2 causal", "layer attention causal heads=2"),
        ("layer encoder heads=4 ff=64", "layer encoder heads=4 ff=64"),
        ("init xavier", "init xavier"), ("init he", "init he"), ("init zeros", "init zeros"),
        ("init constant 0.5", "init constant 0.5"), ("init normal 0.1", "init normal 0.1"),
        ("init uniform 0.5", "init uniform 0.5"), ("init xavier layer=2", "init xavier layer=2"),
        ("show model", "show model"), ("loss mse", "loss mse"), ("loss bce", "loss bce"),
        ("loss crossentropy", "loss crossentropy"), ("optimizer sgd", "optimizer sgd"),
        ("optimizer momentum", "optimizer momentum"), ("optimizer adagrad", "optimizer adagrad"),
        ("optimizer rmsprop", "optimizer rmsprop"), ("optimizer adam lr=0.01 beta1=0.9",
                                                      "optimizer adam lr=0.01 beta1=0.9"),
        ("set lr 0.03", "set lr 0.03"), ("set batch 10", "set batch 10"), ("set l2 0.001", "set l2 0.001"),
        ("set l1 0", "set l1 0"), ("set seed 7", "set seed 7"), ("set patience 20", "set patience 20"),
        ("set clip 1", "set clip 1"), ("show settings", "show settings"), ("train 100", "train 100"),
        ("step", "step"), ("step 5", "step 5"), ("evaluate", "evaluate"), ("restore best", "restore best"),
        ("predict 0.5 -1.2", "predict 0.5 -1.2"),
        ("compare lr 0.001 0.01 0.1 1 epochs=50", "compare lr 0.001 0.01 0.1 1 epochs=50"),
        ("show curve", "show curve"), ("show boundary", "show boundary"), ("show neurons", "show neurons"),
        ("show weights", "show weights"), ("show gradient", "show gradient"), ("show activations", "show activations"),
        ("show gradient time", "show gradient time"), ("show gates", "show gates"),
        ("show attention layer=1 head=2", "show attention layer=1 head=2"), ("show confusion", "show confusion"),
        ("plot sigmoid tanh relu", "plot {sigmoid} {tanh} {relu}"), ("plot sigmoid'", "plot {sigmoid'}"),
        ("plot x^2 - 1 from=-3 to=3", "plot {(- (^ x 2) 1)} from=-3 to=3"),
        ("let w = [0.5, -1]", "let w = [0.5 -1]"), ("let x = [1, 2]", "let x = [1 2]"),
        ("sigmoid(w · x + 0.1)", "(call sigmoid (+ (· w x) 0.1))"),
        ("sigmoid(w dot x + 0.1)", "(call sigmoid (+ (· w x) 0.1))"),
        ("softmax([1, 2, 3])", "(call softmax [1 2 3])"), ("let q = randn(3, 4)", "let q = (call randn 3 4)"),
        ("transpose(q)", "(call transpose q)"), ("mse([1,0], [0.8,0.1])", "(call mse [1 0] [0.8 0.1])"),
        ("grad sigmoid(w · x + b) wrt w, b", "(grad (call sigmoid (+ (· w x) b)) wrt w b)"),
        ("show graph", "show graph"), ("save \"m.json\"", "save \"m.json\""), ("load \"m.json\"", "load \"m.json\""),
        ("run \"file.nn\"", "run \"file.nn\""), ("lessons", "lessons"), ("lesson 3", "lesson 3"),
        ("history", "history"), ("reset", "reset"), ("help", "help"), ("help train", "help train"),
        ("undo", "undo"), ("quit", "quit"), ("?train", "help train"), ("ans * 2", "(* ans 2)"),
    ]

    @Test(arguments: languageExamples)
    func languageExampleParses(_ source: String, _ expected: String) throws {
        let checked = try CommandCatalogue.check(source)
        #expect(checked.parsed.statement.description == expected)
        if case .command = checked.parsed.statement { #expect(checked.command != nil) }
    }

    @Test(arguments: [
        ("-x^2", "(- (^ x 2))"), ("2^3^2", "(^ 2 (^ 3 2))"), ("2^-1", "(^ 2 -1)"), ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("a @ b + c * d", "(+ (@ a b) (* c d))"), ("x^2 - 1", "(- (^ x 2) 1)"), ("x^2 -1", "(- (^ x 2) 1)"),
        ("-2", "-2"), ("3 - -2", "(- 3 -2)"), ("-(1 + 2)", "(- (+ 1 2))"), ("2 * -x", "(* 2 (- x))"),
        ("a / b / c", "(/ (/ a b) c)"), ("w · x · y", "(· (· w x) y)"), ("[[1, 2], [3, 4]]", "[[1 2] [3 4]]"),
        ("[]", "[]"), ("sigmoid'(0)", "(call sigmoid' 0)"), ("tanh''", "tanh''"), ("randn()", "(call randn)"),
        ("1 + 2 < 4", "(< (+ 1 2) 4)"), ("a != b", "(!= a b)"), ("-2^2", "(- (^ 2 2))"),
        ("grad x^2 wrt x", "(grad (^ x 2) wrt x)"), ("let g = grad w · w wrt w", "let g = (grad (· w w) wrt w)"),
        ("[1,\n 2]", "[1 2]"), ("sigmoid (0.5)", "(call sigmoid 0.5)"),
        ("let y = sigmoid(w · x + b) # a neuron", "let y = (call sigmoid (+ (· w x) b))"),
        ("plot sigmoid tanh' from=-2", "plot {sigmoid} {tanh'} from=-2"),
        ("plot sin(x) cos(x)", "plot {(call sin x)} {(call cos x)}"),
        ("predict [0.5, -1.2]", "predict [0.5 -1.2]"), ("Layer Dense 16 ReLU", "Layer Dense 16 ReLU"),
        ("layer attention heads= 2", "layer attention heads=2"), ("nnlab_x", "nnlab_x"),
        ("exit", "exit"), ("? layer", "help layer"), ("?", "help"),
    ])
    func expressionShapes(_ source: String, _ expected: String) throws {
        #expect(try Parser.parse(source).statement.description == expected)
    }

    @Test func longFlatInputParses() throws {
        let list = "let v = [" + String(repeating: "1, ", count: 30_000) + "1]"
        #expect(list.utf8.count > 90_000)
        guard case .binding(_, .list(let items, _)) = try Parser.parse(list).statement else {
            Issue.record("not a list"); return
        }
        #expect(items.count == 30_001)
        let chain = "let y = " + String(repeating: "x + ", count: 999) + "x"
        #expect(throws: Never.self) { try Parser.parse(chain) }
    }

    /// A parenthesised expression's span covers its parentheses, so its text is what was typed.
    @Test func parenthesesAreInsideTheSpan() throws {
        let source = "let y = (x + 1) * (x - 1)"
        guard case .binding(_, let expression) = try Parser.parse(source).statement else {
            Issue.record("not a binding"); return
        }
        #expect(expression.span.text(in: source) == "(x + 1) * (x - 1)")
        guard case .binary(_, let left, _, _) = expression else { Issue.record("not binary"); return }
        #expect(left.span.text(in: source) == "(x + 1)")
    }

    @Test func trailingSemicolonIsQuiet() throws {
        let quiet = try Parser.parse("train 10;")
        #expect(quiet.isQuiet)
        #expect(quiet.statement.description == "train 10")
        #expect(try !Parser.parse("train 10").isQuiet)
        #expect(try Parser.parse("let w = 1;  # quiet").isQuiet)
    }

    @Test func bindingShape() throws {
        let parsed = try Parser.parse("let w = [0.5, -1]")
        guard case .binding(let name, let value) = parsed.statement else { Issue.record("not a binding"); return }
        #expect(name.text == "w")
        #expect(name.span.start.column == 5)
        guard case .list(let items, let span) = value else { Issue.record("not a list"); return }
        #expect(items.count == 2)
        #expect(span.start.offset == 8 && span.end.offset == 17)
        if case .number(let v, let s) = items[1] {
            #expect(v == -1)
            #expect(s.start.offset == 14 && s.end.offset == 16)
        } else {
            Issue.record("-1 should fold to a number")
        }
    }

    @Test func commandShape() throws {
        let parsed = try Parser.parse("data load \"a b.csv\" target=label  n=10")
        guard case .command(let command) = parsed.statement else { Issue.record("not a command"); return }
        #expect(command.verb == Word("data", span: SourceSpan(start: .start(), end: SourcePosition(offset: 4, line: 1, column: 5))))
        #expect(command.arguments.map(\.value) == [.word("load"), .string("a b.csv")])
        #expect(command.options.map(\.name.text) == ["target", "n"])
        #expect(command.options[0].value.value == .word("label"))
        #expect(command.options[1].value.value == .number(10))
        #expect(command.span.end.offset == 38)
    }

    @Test func nestedListArgument() throws {
        let parsed = try Parser.parse("predict [[1,2],[3,4]]")
        guard case .command(let command) = parsed.statement,
              case .list(let rows) = command.arguments[0].value else { Issue.record("no list"); return }
        #expect(rows.count == 2)
        #expect(rows[1].span.start.offset == 15)
    }

    @Test func expressionEntryPointForConditions() throws {
        #expect(try Parser.parseExpression("loss < 0.1").description == "(< loss 0.1)")
        #expect(try Parser.parseExpression("accuracy >= 0.95").description == "(>= accuracy 0.95)")
    }

    @Test func multiLineProgram() throws {
        let program = Parser.parseProgram("""
        # a script
        data spiral
        let m = [[1, 2],
                 [3, 4]]

        layer dense 16 rleu
        train 10;
        """, firstLine: 10)
        #expect(program.count == 4)
        #expect(program[0].firstLine == 11)
        #expect(program[1].firstLine == 12)
        #expect(try program[1].result.get().statement.description == "let m = [[1 2] [3 4]]")
        #expect(program[2].firstLine == 15)
        let layer = try program[2].result.get()
        guard case .command(let c) = layer.statement else { Issue.record("not a command"); return }
        #expect(throws: Diagnostic.self) { try CommandCatalogue.validate(c) }
        #expect(try program[3].result.get().isQuiet)
    }

    @Test func programErrorsStayLocal() {
        let program = Parser.parseProgram("data spiral\nlayer dense (\ntrain 10")
        // The open parenthesis swallows the rest: one broken statement after a good one.
        #expect(program.count == 2)
        if case .failure(let d) = program[1].result {
            #expect(d.render(source: program[1].source).contains("^"))
        } else {
            Issue.record("expected a failure")
        }
    }
}
