import Plotting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Writes every fixture's no-colour text at width 40 into the folder named by
/// `PLOTTING_SNAPSHOT_DIR`, to refresh the inline snapshots by hand. Does nothing otherwise.
@Test func dumpSnapshotsWhenAsked() {
    guard let dir = getenv("PLOTTING_SNAPSHOT_DIR").map({ String(cString: $0) }) else { return }
    for (name, picture) in Fixtures.all {
        for ascii in [false, true] {
            let text = picture.renderText(RenderOptions(width: 40, colorMode: .none, asciiOnly: ascii))
            if let f = fopen("\(dir)/\(name)\(ascii ? "-ascii" : "").txt", "w") {
                fputs(text, f)
                fclose(f)
            }
        }
    }
}
