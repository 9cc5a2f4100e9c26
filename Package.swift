// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Participe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "participe", targets: ["participe"]),
        .library(name: "ParticipeCore", targets: ["ParticipeCore"]),
        .library(name: "ParticipeDocuments", targets: ["ParticipeDocuments"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sqlite-nio", from: "1.13.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .target(
            name: "ParticipeCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "ParticipeDocuments",
            dependencies: [
                "ParticipeCore",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "ParticipeWorkshop",
            dependencies: [
                "ParticipeCore",
                "ParticipeDocuments",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "participe",
            dependencies: [
                "ParticipeCore",
                "ParticipeDocuments",
                "ParticipeWorkshop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "ParticipeTestSupport", dependencies: ["ParticipeCore"]),
        // Fuzz targets (scripts/fuzz.sh): a library the regression tests replay, and its runner.
        .target(
            name: "ParticipeFuzzing",
            dependencies: ["ParticipeCore", "ParticipeDocuments"]
        ),
        .executableTarget(
            name: "participe-bench",
            dependencies: [
                "ParticipeWorkshop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "participe-fuzz",
            dependencies: ["ParticipeFuzzing"]
        ),
        .testTarget(
            name: "ParticipeCoreTests",
            dependencies: [
                "ParticipeCore", "ParticipeTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ParticipeDocumentsTests",
            dependencies: [
                "ParticipeDocuments", "ParticipeFuzzing", "ParticipeTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "ParticipeWorkshopTests",
            dependencies: [
                "ParticipeWorkshop", "ParticipeTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(
            name: "ParticipeCLITests",
            dependencies: ["ParticipeTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
