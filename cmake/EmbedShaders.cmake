# Writes OUTPUT: a C++ source defining one string constant per shader file, so the binary
# carries its shaders and never looks for them at run time.
# Usage: cmake -DOUTPUT=... -DSHADERS="a.vert|a.frag" -P EmbedShaders.cmake
set(body "// Generated from shaders/ by cmake/EmbedShaders.cmake. Do not edit.\n#include \"render/shader_sources.h\"\nnamespace histmap::shaders {\n")
string(REPLACE "|" ";" SHADERS "${SHADERS}")
foreach(path IN LISTS SHADERS)
  get_filename_component(name "${path}" NAME)
  string(REPLACE "." "_" ident "${name}")
  file(READ "${path}" text)
  string(APPEND body "const char* const ${ident} = R\"glsl(${text})glsl\";\n")
endforeach()
string(APPEND body "}  // namespace histmap::shaders\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different "${OUTPUT}.tmp" "${OUTPUT}")
