import Testing
import Autodiff

/// `MemoryPolicy`: the allocator setting applies where the C library has it.
@Suite struct MemoryPolicyTests {
    @Test func keepingFreedMemoryAppliesOnGlibc() {
        #if os(Linux) && canImport(Glibc)
        #expect(MemoryPolicy.keepFreedMemoryForReuse())
        #endif
    }
}
