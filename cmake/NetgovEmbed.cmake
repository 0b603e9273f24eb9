# netgov_embed_file(INPUT <file> OUTPUT <cpp> SYMBOL <name>)
#
# Generates a C++ source defining
#   extern const unsigned char <name>[]; extern const std::size_t <name>_size;
# holding the bytes of INPUT, regenerated whenever INPUT changes. Bytes, not a
# raw string literal, so that no content can end the literal early.
function(netgov_embed_file)
  cmake_parse_arguments(ARG "" "INPUT;OUTPUT;SYMBOL" "" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${ARG_INPUT} -DOUTPUT=${ARG_OUTPUT}
            -DSYMBOL=${ARG_SYMBOL} -P ${PROJECT_SOURCE_DIR}/cmake/NetgovEmbedScript.cmake
    DEPENDS ${ARG_INPUT} ${PROJECT_SOURCE_DIR}/cmake/NetgovEmbedScript.cmake
    COMMENT "Embedding ${ARG_INPUT}"
    VERBATIM)
endfunction()
