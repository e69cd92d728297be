/// One file to load, as its path was given.
struct LoadEntry {
    let path: String
    /// Given as a contacts file (`--contacts`, `contacts_file`): anything else there is an error.
    let expectsContacts: Bool
    /// The bundled contacts template standing in for the hospital's file: its contacts
    /// are used only when no other contacts file is loaded, as at run time.
    var isFallbackContacts = false
}
