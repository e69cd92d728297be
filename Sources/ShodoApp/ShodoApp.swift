// ShodoApp: the interactive program as state, keymap and screens.
