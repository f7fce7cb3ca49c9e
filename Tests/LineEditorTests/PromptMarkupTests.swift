import Testing
@testable import LineEditor

@Suite("Prompt colour codes")
struct PromptMarkupTests {
    @Test func wrapsEscapeSequences() {
        #expect(PromptMarkup.markInvisible("\u{1B}[32m[3]>\u{1B}[0m ")
            == "\u{1}\u{1B}[32m\u{1}[3]>\u{1}\u{1B}[0m\u{1} ")
        #expect(PromptMarkup.markInvisible("\u{1B}[38;2;1;2;3mx") == "\u{1}\u{1B}[38;2;1;2;3m\u{1}x")
    }

    @Test func plainPromptUnchanged() {
        #expect(PromptMarkup.markInvisible("[1]> ") == "[1]> ")
        #expect(PromptMarkup.markInvisible("") == "")
    }

    @Test func idempotentAndSafeOnTruncatedCodes() {
        let once = PromptMarkup.markInvisible("\u{1B}[1mA\u{1B}[0m")
        #expect(PromptMarkup.markInvisible(once) == once)
        #expect(PromptMarkup.markInvisible("a\u{1B}[") == "a\u{1}\u{1B}[\u{1}")
        #expect(PromptMarkup.markInvisible("\u{1B}") == "\u{1}\u{1B}\u{1}")
        #expect(PromptMarkup.markInvisible("\u{1B}]0;title\u{7}> ") == "\u{1}\u{1B}]0;title\u{7}\u{1}> ")
    }
}
