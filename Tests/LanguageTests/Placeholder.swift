import Testing
@testable import Language

@Test func moduleLoads() { #expect(Bool(true)) }
