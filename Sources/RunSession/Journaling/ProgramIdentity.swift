/// The program's name and version, journaled in `journal.open`.
public enum ProgramIdentity {
    public static let name = "shodo"
    public static let version = "0.1.0"
}
