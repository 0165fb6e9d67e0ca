// Catch2's main, built once for all test executables.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
