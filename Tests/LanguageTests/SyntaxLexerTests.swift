import Testing
@testable import Language

@Suite struct SyntaxLexerTests {
    private func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(source).map(\.kind)
    }

    @Test func numbersInEveryForm() throws {
        #expect(try kinds("0.03 1e-3 2 .5 1E+2") == [.number(0.03), .number(0.001), .number(2), .number(0.5), .number(100), .end])
    }

    @Test func minusIsAlwaysItsOwnToken() throws {
        #expect(try kinds("-2") == [.minus, .number(2), .end])
        #expect(try kinds("x^2 - 1") == [.word("x"), .caret, .number(2), .minus, .number(1), .end])
        #expect(try kinds("x-1") == [.word("x"), .minus, .number(1), .end])
    }

    @Test func wordsWithDerivativeMarks() throws {
        #expect(try kinds("sigmoid' tanh'' my_var2") == [.word("sigmoid'"), .word("tanh''"), .word("my_var2"), .end])
    }

    @Test func stringsWithEscapes() throws {
        #expect(try kinds(#""my data.csv" "a\"b\\c""#) == [.string("my data.csv"), .string("a\"b\\c"), .end])
    }

    @Test func punctuationAndOperators() throws {
        #expect(try kinds("[ ] ( ) , = + - * / ^ @ · ⋅ dot") == [
            .leftBracket, .rightBracket, .leftParen, .rightParen, .comma, .equals, .plus, .minus, .star, .slash,
            .caret, .at, .dot, .dot, .word("dot"), .end,
        ])
        #expect(try kinds("< <= > >= == !=") == [.less, .lessEqual, .greater, .greaterEqual, .equalEqual, .notEqual, .end])
    }

    @Test func commentsSemicolonAndQuestion() throws {
        #expect(try kinds("train 10; # quietly") == [.word("train"), .number(10), .semicolon, .end])
        #expect(try kinds("?train") == [.question, .word("train"), .end])
        #expect(try kinds("# only a comment") == [.end])
    }

    @Test func newlinesInsideBracketsAreSpace() throws {
        #expect(try kinds("[1,\n 2]") == [.leftBracket, .number(1), .comma, .number(2), .rightBracket, .end])
        #expect(try kinds("a\nb") == [.word("a"), .newline, .word("b"), .end])
    }

    @Test func stringPositionsWithWideCharacters() throws {
        let tokens = try Lexer.tokenize("save \"日本.json\" x")
        let x = tokens[2]
        #expect(x.kind == .word("x"))
        #expect(x.span.start.column == 18)   // save␠"(6) 日本(4) .json"(6) ␠(1) → 17 cells before
        #expect(x.span.start.offset == 19)   // 日 and 本 are 3 UTF-8 bytes each
        #expect(x.span.start.line == 1)
    }

    @Test func spansAndLines() throws {
        let tokens = try Lexer.tokenize("[1,\n  22]", firstLine: 5)
        let twentyTwo = tokens[3]
        #expect(twentyTwo.span.start == SourcePosition(offset: 6, line: 6, column: 3))
        #expect(twentyTwo.span.end.offset == 8)
    }

    @Test func spaceBeforeIsRecorded() throws {
        let tokens = try Lexer.tokenize("a -2 - 3")
        #expect(tokens[1].spaceBefore && !tokens[2].spaceBefore && tokens[4].spaceBefore)
    }

    @Test func hundredKilobyteLineLexesLinearly() throws {
        let big = String(repeating: "1 + ", count: 25_000) + "1"
        let clock = ContinuousClock()
        let elapsed = try clock.measure { _ = try Lexer.tokenize(big) }
        #expect(try Lexer.tokenize(big).count == 50_002)
        #expect(elapsed < .seconds(5))
        let longWord = String(repeating: "a", count: 100_000)
        #expect(try Lexer.tokenize(longWord).count == 2)
    }

    @Test func strayCharactersAreDiagnostics() {
        for bad in ["é", "\u{0}", "\u{7}", "$", "%", "&", "|", "~", "`", "{", "}", ":", "\\", "'x'", "×", "−", "“a”"] {
            #expect(throws: Diagnostic.self) { try Lexer.tokenize("x \(bad)") }
        }
    }
}
