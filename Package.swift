// swift-tools-version: 6.0
// nnlab: a terminal notebook for learning deep learning by doing it.
import PackageDescription

/// The engine's hot loops are compiled optimised even in debug builds, so tests and lesson
/// checks run at a usable speed; release builds additionally drop runtime checks.
let engineSettings: [SwiftSetting] = [
    .unsafeFlags(["-O"], .when(configuration: .debug)),
    .unsafeFlags(["-Ounchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "nnlab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "nnlab", targets: ["nnlab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "Autodiff", dependencies: ["CKernels"], swiftSettings: engineSettings),
        .target(
            name: "CKernels",
            cSettings: [.unsafeFlags(["-O3", "-fno-math-errno", "-ffp-contract=off"])]
        ),
        .target(name: "NeuralNet", dependencies: ["Autodiff"], swiftSettings: engineSettings),
        .target(name: "Plotting"),
        .target(name: "Language", dependencies: ["Autodiff", "NeuralNet", "Plotting"]),
        .target(name: "Lessons", dependencies: ["Language"]),
        .target(name: "Notebook", dependencies: ["Language", "Plotting"]),
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),
        .executableTarget(
            name: "nnlab",
            dependencies: [
                "Autodiff", "Language", "Lessons", "LineEditor", "Notebook", "Plotting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "nnlab-bench",
            dependencies: ["Autodiff", "NeuralNet", "Plotting"],
            swiftSettings: engineSettings
        ),
        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff", "CKernels"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Autodiff"], exclude: ["Fixtures"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        .testTarget(
            name: "LanguageTests",
            dependencies: ["Language", "Plotting", "NeuralNet", "Autodiff"],
            exclude: ["Transcripts"]
        ),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Language"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Language", "Plotting"]),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor"]),
    ]
)
