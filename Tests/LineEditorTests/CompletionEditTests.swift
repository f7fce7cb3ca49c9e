import Testing
@testable import LineEditor

@Suite("What Tab inserts")
struct CompletionEditTests {
    @Test func longestCommonPrefix() {
        #expect(CompletionEdit.longestCommonPrefix([]) == "")
        #expect(CompletionEdit.longestCommonPrefix(["train"]) == "train")
        #expect(CompletionEdit.longestCommonPrefix(["train", "trace", "tray"]) == "tra")
        #expect(CompletionEdit.longestCommonPrefix(["data", "show"]) == "")
        #expect(CompletionEdit.longestCommonPrefix(["café", "cafe"]) == "caf")
        #expect(CompletionEdit.longestCommonPrefix(["ab", "abc"]) == "ab")
    }

    @Test func singleCandidateCompletesWithSpace() {
        #expect(CompletionEdit.decide(typed: "tr", candidates: ["train"])
            == .insert(deleteCount: 0, text: "ain "))
    }

    @Test func directoryCompletesWithoutSpace() {
        #expect(CompletionEdit.decide(typed: "da", candidates: ["data/"])
            == .insert(deleteCount: 0, text: "ta/"))
    }

    @Test func optionCompletesWithoutSpace() {
        #expect(CompletionEdit.decide(typed: "no", candidates: ["noise="])
            == .insert(deleteCount: 0, text: "ise="))
    }

    @Test func exactSingleWordStillGetsItsSpace() {
        #expect(CompletionEdit.decide(typed: "train", candidates: ["train"])
            == .insert(deleteCount: 0, text: " "))
    }

    @Test func severalCandidatesInsertCommonPrefix() {
        #expect(CompletionEdit.decide(typed: "t", candidates: ["train", "trace"])
            == .insert(deleteCount: 0, text: "ra"))
    }

    @Test func nothingMoreToInsertLists() {
        #expect(CompletionEdit.decide(typed: "tra", candidates: ["train", "trace"])
            == .list(["train", "trace"]))
        #expect(CompletionEdit.decide(typed: "", candidates: ["data", "show"])
            == .list(["data", "show"]))
    }

    @Test func duplicatesCollapse() {
        #expect(CompletionEdit.decide(typed: "d", candidates: ["data", "data"])
            == .insert(deleteCount: 0, text: "ata "))
    }

    @Test func noCandidateBeeps() {
        #expect(CompletionEdit.decide(typed: "zz", candidates: []) == .beep)
    }

    @Test func caseChangingCandidateReplacesTheWord() {
        #expect(CompletionEdit.decide(typed: "Tr", candidates: ["train"])
            == .insert(deleteCount: 2, text: "train "))
        #expect(CompletionEdit.decide(typed: "é", candidates: ["eta"])
            == .insert(deleteCount: 1, text: "eta "))
    }
}
