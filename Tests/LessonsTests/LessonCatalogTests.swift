import Foundation
import Testing
@testable import Lessons

@Suite struct LessonCatalogTests {
    @Test func menuShowsEachLessonsState() throws {
        let dir = try temporaryFolder()
        func write(_ name: String, _ text: String) throws {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("01-neuron.md", SampleLessons.neuron)
        try write("02-activations.md", SampleLessons.neuron.replacingOccurrences(of: "The neuron", with: "Activations"))
        try write("03-deep.md", SampleLessons.neuron.replacingOccurrences(of: "The neuron", with: "Deep networks"))
        try write("04-broken.md", "no front matter")
        try write("notes.txt", "ignored")
        let store = ProgressStore(fileURL: dir.appendingPathComponent("state/progress"))
        try store.save(LessonProgress(lesson: 1, done: true))
        try store.save(LessonProgress(lesson: 2, cell: 2))
        let menu = LessonCatalog.menu(directory: dir, progress: store)
        #expect(menu == """
            01 The neuron — done
            02 Activations — in progress at cell 2 of 3
            03 Deep networks — new
            04 (cannot be read: 04-broken.md:1: missing front matter: a lesson starts with `---`, `title: …`, `---`)
            """)
        #expect(try LessonCatalog.load(number: 3, from: dir).title == "Deep networks")
        #expect(throws: LessonError.self) { try LessonCatalog.load(number: 7, from: dir) }
        #expect(LessonCatalog.menu(directory: dir.appendingPathComponent("none"), progress: nil).hasPrefix("No lessons found"))
    }
}
