import Plotting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Every fixture's no-colour text at the snapshot width is non-empty and fits it. When
/// `PLOTTING_SNAPSHOT_DIR` names a folder, the texts are also written there, to refresh the
/// inline snapshots of SnapshotTests.swift by hand after an intended change.
@Test func everyFixtureFitsTheSnapshotWidthAndDumpsWhenAsked() {
    let dir = getenv("PLOTTING_SNAPSHOT_DIR").map { String(cString: $0) }
    for (name, picture) in Fixtures.all {
        for ascii in [false, true] {
            let text = picture.renderText(RenderOptions(width: snapshotWidth, colorMode: .none, asciiOnly: ascii))
            #expect(!text.isEmpty, "\(name) draws nothing")
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= snapshotWidth, "\(name): a line is wider than \(snapshotWidth)")
            }
            guard let dir else { continue }
            if let f = fopen("\(dir)/\(name)\(ascii ? "-ascii" : "").txt", "w") {
                fputs(text, f)
                fclose(f)
            }
        }
    }
}
