import Testing

@testable import shodo

/// Where `shodo` keeps its files: the XDG rules, for every kind of file alike.
@Suite("Program directories")
struct ShodoDirectoriesTests {
    @Test func journalsFollowXDGStateHome() {
        #expect(
            ShodoDirectories(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).journals
                == "/s/shodo/journals")
        #expect(
            ShodoDirectories(environment: ["HOME": "/h"]).journals
                == "/h/.local/state/shodo/journals")
        #expect(
            ShodoDirectories(environment: ["XDG_STATE_HOME": "relative", "HOME": "/h"]).journals
                == "/h/.local/state/shodo/journals")
        #expect(
            ShodoDirectories(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]).operatorFile
                == "/s/shodo/operator")
    }

    @Test func anEmptyOrRelativeValueIsIgnored() {
        let relative = ShodoDirectories(
            environment: [
                "XDG_STATE_HOME": "state", "XDG_CONFIG_HOME": "", "XDG_CACHE_HOME": "cache",
                "HOME": "/h",
            ])
        #expect(relative.journals == "/h/.local/state/shodo/journals")
        #expect(relative.configuration == "/h/.config/shodo")
        #expect(relative.cache == "/h/.cache/shodo")
        #expect(
            ShodoDirectories(environment: ["XDG_CACHE_HOME": "/k", "HOME": "/h"]).cache
                == "/k/shodo")
    }

    @Test func theSealKeyStoreFollowsXDGConfigHome() {
        #expect(
            ShodoDirectories(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]).sealKeyStore.path
                == "/c/shodo/seal-key")
        #expect(
            ShodoDirectories(environment: ["XDG_CONFIG_HOME": "/etc/x", "HOME": "/h"]).sealKeyStore
                .path == "/etc/x/shodo/seal-key")
        #expect(
            ShodoDirectories(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]).sealKeyStore.path
                == "/h/.config/shodo/seal-key")
    }
}
