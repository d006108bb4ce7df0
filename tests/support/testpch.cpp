// The one source of the targets that hold the suites' precompiled headers (tests/CMakeLists.txt).
