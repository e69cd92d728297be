import Foundation
import Notation

/// Looking up members and derived values of a record.
extension JournalRecord {
    /// The members the caller supplied: all but the format's own.
    public var payload: [JSONMember] {
        members.filter { !ReservedMember.names.contains($0.name) }
    }

    /// The value of the member named `name`, if present.
    public func value(_ name: String) -> JSONValue? {
        members.first { $0.name == name }?.value
    }

    /// The member `name` as a string, if it is one.
    public func string(_ name: String) -> String? { value(name)?.stringValue }

    /// The member `name` as an integer, if it is one.
    public func integer(_ name: String) -> Int64? { value(name)?.integerValue }

    /// The member `name` as a number, if it is one.
    public func double(_ name: String) -> Double? { value(name)?.doubleValue }

    /// The member `name` as a boolean, if it is one.
    public func bool(_ name: String) -> Bool? { value(name)?.boolValue }

    /// `ts` as a `Date`.
    public var date: Date {
        Date(timeIntervalSince1970: Double(wallMicroseconds) / 1_000_000)
    }

    /// The verification code of this record's hash.
    public var verificationCode: VerificationCode {
        VerificationCode(recordHash: HexDigits.bytes(fromLowercaseHex: recordHash))
    }
}
