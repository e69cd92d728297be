/// One file to load, as its path was given.
struct LoadEntry {
    let path: String
    /// Given as a contacts file (`--contacts`, `contacts_file`): anything else there is an error.
    let expectsContacts: Bool
}
