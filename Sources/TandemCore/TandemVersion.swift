/// Tandem's version, printed by `tandem --version`. Set here, by hand, when a release is tagged.
public enum TandemVersion {
    public static let current = "0.1.0"
}
