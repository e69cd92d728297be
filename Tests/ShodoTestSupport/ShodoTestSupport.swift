// ShodoTestSupport: fixtures and helpers shared by the test targets.
