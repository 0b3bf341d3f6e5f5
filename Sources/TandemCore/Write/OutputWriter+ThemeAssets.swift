import Foundation

extension OutputWriter {
    /// Writes a theme's assets to `assets/` inside the staging folder, whether
    /// they are files of the site or built into tandem.
    public func write(_ assets: [ThemeAsset]) throws {
        for asset in assets {
            try write(OutputFile(path: asset.outputPath, data: try asset.data()))
        }
    }
}
