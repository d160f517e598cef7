// swift-tools-version:5.7
// Optional example: a Swift command-line program calling libbackrelief
// through the Clang module map include/backrelief/module.modulemap.
// Not built or tested in CI (no Swift toolchain there). See docs/bindings.md.
//
// Build the library first (cmake --build build), then, from this folder:
//   swift build -Xcc -I../../../include -Xcc -I../../../build/include \
//               -Xlinker -L../../../build/lib
//   LD_LIBRARY_PATH=../../../build/lib .build/debug/backrelief-demo
import PackageDescription

let package = Package(
    name: "backrelief-demo",
    targets: [
        // A system library target: the module map names the umbrella header
        // and links -lbackrelief.
        .systemLibrary(name: "CBackRelief", path: "Sources/CBackRelief"),
        .executableTarget(name: "backrelief-demo", dependencies: ["CBackRelief"]),
    ]
)
