# netgov_set_warnings(<target>)
#
# -Wall -Wextra -Wpedantic for g++ and clang++; -Werror with NETGOV_WERROR.
function(netgov_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(NETGOV_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
